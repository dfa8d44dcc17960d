"""Settings shared by the whole suite."""
from hypothesis import settings

# No test may assert a duration (CI shares its machine): Hypothesis's default 200 ms deadline per
# example is one, and failed on a loaded machine.
settings.register_profile("vnkg", deadline=None)
settings.load_profile("vnkg")
