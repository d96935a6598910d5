#!/usr/bin/env bash
# Throw-away TLS material for the SMTP tests: a private CA (created once per directory) and a server
# certificate signed by it. Nothing here is ever trusted outside the test that made it.
# Usage: smtp-make-certs.sh DIR NAME SAN [DAYS]
#   DIR   output directory (ca.pem/ca.key are created there if missing)
#   NAME  file stem of the server certificate: DIR/NAME.pem, DIR/NAME.key
#   SAN   subjectAltName value, e.g. "DNS:localhost,IP:127.0.0.1"
#   DAYS  validity of the server certificate (default 2)
set -euo pipefail
dir=$1 name=$2 san=$3 days=${4:-2}
mkdir -p "$dir"
umask 077
if [ ! -s "$dir/ca.pem" ]; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 -days 3 \
        -keyout "$dir/ca.key" -out "$dir/ca.pem" -subj "/O=smtpaudit tests/CN=smtpaudit throw-away test CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
fi
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 \
    -keyout "$dir/$name.key" -out "$dir/$name.csr" -subj "/O=smtpaudit tests/CN=${name}" \
    -addext "subjectAltName=$san" -addext "extendedKeyUsage=serverAuth" 2>/dev/null
openssl x509 -req -in "$dir/$name.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
    -days "$days" -sha256 -copy_extensions copy -out "$dir/$name.pem" 2>/dev/null
rm -f "$dir/$name.csr"
chmod 644 "$dir/ca.pem" "$dir/$name.pem"
