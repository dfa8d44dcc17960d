"""The version of vnkg, in a module of its own: the package and the build (which keys its cache on it)
read it here, so that neither imports the other."""
__version__ = "0.1.0"
