#!/usr/bin/env bash
# SPARQL servers the load tests push into: Virtuoso from Debian (Oxigraph's
# server comes from the `oxigraph` PyPI package in the test extras).
# Idempotent, and quick when already installed: apt-get runs only when missing.
set -euo pipefail

if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
  echo "virtuoso already installed: $(command -v virtuoso-t)"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -q
# The package's postinst would start a system-wide server on the default ports;
# policy-rc.d 101 forbids that, the tests start their own private servers.
POLICY=/usr/sbin/policy-rc.d
CREATED_POLICY=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod +x "$POLICY"
  CREATED_POLICY=1
fi
# The dba password prompt is answered with the package default; the system
# instance is not used by anyone.
echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" | $SUDO debconf-set-selections
echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" | $SUDO debconf-set-selections
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends virtuoso-opensource
if [ "$CREATED_POLICY" = 1 ]; then $SUDO rm -f "$POLICY"; fi
command -v virtuoso-t
