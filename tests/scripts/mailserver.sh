#!/usr/bin/env bash
# A real, throw-away mail server on loopback for the SMTP tests: Postfix (private config directory, own
# queue) with Dovecot as a SASL-only daemon (protocols =, passwd-file), delivering to a virtual Maildir.
# Everything lives under DIR and is stopped by "stop DIR".
#
# Usage: mailserver.sh start DIR     -> starts everything, writes DIR/env (KEY=VALUE lines, see below)
#        mailserver.sh stop DIR      -> stops what "start DIR" started (safe to call more than once)
#
# DIR/env describes the servers:
#   SUBMISSION_PORT  STARTTLS submission: smtpd_tls_security_level=encrypt, smtpd_tls_auth_only=yes
#   IMPLICIT_PORT    implicit TLS (smtpd_tls_wrappermode=yes), same SASL
#   PLAIN_PORT       NO STARTTLS at all (smtpd_tls_security_level=none) but AUTH offered: the client must refuse
#   CA_FILE          the private CA that signed the server certificate (SAN DNS:localhost, IP:127.0.0.1)
#   USER, PASSWORD   the one SASL account (random password per run)
#   RCPT             a virtual mailbox address; its Maildir is MAILDIR (new/ holds delivered messages)
#
# Postfix's master needs root (it drops to mail_owner=postfix itself); Dovecot runs as root too and drops
# to its own users. On a machine where this script is not root it fails loudly: tests never skip quietly.
# Note: "postfix start" with maillog_file set to a file exits silently here; start-fg in the background with
# maillog_file=/dev/stdout works, so that is what this script does.
set -euo pipefail

cmd=${1:?usage: mailserver.sh start|stop DIR}
dir=${2:?usage: mailserver.sh start|stop DIR}
here=$(cd "$(dirname "$0")" && pwd)

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_port() { # port seconds
    local deadline=$((SECONDS + $2))
    while ((SECONDS < deadline)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.2
    done
    return 1
}

stop_all() {
    [ -d "$dir" ] || return 0
    if [ -f "$dir/postfix/main.cf" ]; then
        postfix -c "$dir/postfix" stop >/dev/null 2>&1 || true
    fi
    for pidfile in "$dir/postfix.pid" "$dir/dovecot.pid"; do
        if [ -s "$pidfile" ]; then
            pid=$(cat "$pidfile")
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null || true
            rm -f "$pidfile"
        fi
    done
}

fail() {
    echo "mailserver.sh: $*" >&2
    for log in "$dir/postfix.log" "$dir/dovecot.log"; do
        [ -f "$log" ] && { echo "--- $log" >&2; tail -n 40 "$log" >&2; }
    done
    stop_all
    exit 1
}

case "$cmd" in
stop)
    stop_all
    exit 0
    ;;
start) ;;
*) echo "usage: mailserver.sh start|stop DIR" >&2; exit 2 ;;
esac

[ "$(id -u)" = 0 ] || { echo "mailserver.sh: Postfix's master must run as root; this is uid $(id -u)" >&2; exit 1; }
for tool in postfix dovecot doveadm openssl python3; do
    command -v "$tool" >/dev/null || { echo "mailserver.sh: $tool is missing (installer/install-deps.sh)" >&2; exit 1; }
done

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
# Postfix's daemons run as "postfix" and must traverse the path to their queue.
chmod 755 "$dir"
mkdir -p "$dir/postfix" "$dir/queue" "$dir/data" "$dir/dovecot/run" "$dir/dovecot/state" "$dir/vmail"

bash "$here/smtp-make-certs.sh" "$dir/pki" server "DNS:localhost,IP:127.0.0.1" 2 || fail "could not make certificates"
chmod 755 "$dir/pki"
chmod 600 "$dir/pki/server.key"

submission_port=$(free_port)
implicit_port=$(free_port)
plain_port=$(free_port)
auth_port=$(free_port)
user="tester@example.test"
rcpt="inbox@example.test"
password="pw-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
vuid=$(id -u nobody)
vgid=$(id -g nobody)

# --- Dovecot: SASL only ---------------------------------------------------------------------------------
hash=$(doveadm pw -s SHA512-CRYPT -p "$password")
printf '%s:%s::::::\n' "$user" "$hash" >"$dir/dovecot/users"
chmod 644 "$dir/dovecot/users"
cat >"$dir/dovecot/dovecot.conf" <<EOF
protocols =
listen = 127.0.0.1
base_dir = $dir/dovecot/run
state_dir = $dir/dovecot/state
log_path = $dir/dovecot.log
ssl = no
# Postfix tells Dovecot whether its connection is TLS; the plain port must really accept AUTH, so that only
# the client's refusal keeps the password off the wire there.
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
passdb {
  driver = passwd-file
  args = scheme=SHA512-CRYPT username_format=%u $dir/dovecot/users
}
userdb {
  driver = static
  args = uid=$vuid gid=$vgid home=/nonexistent
}
service auth {
  inet_listener {
    address = 127.0.0.1
    port = $auth_port
  }
}
EOF
dovecot -c "$dir/dovecot/dovecot.conf" -n >/dev/null 2>"$dir/dovecot.check" || fail "dovecot config: $(cat "$dir/dovecot.check")"
dovecot -c "$dir/dovecot/dovecot.conf" -F >>"$dir/dovecot.log" 2>&1 &
echo $! >"$dir/dovecot.pid"
wait_port "$auth_port" 20 || fail "Dovecot's auth listener did not come up"

# --- Postfix ----------------------------------------------------------------------------------------------
chown "$vuid:$vgid" "$dir/vmail"
chown postfix "$dir/data"
printf '%s %s\n' "$rcpt" "example.test/inbox/" >"$dir/postfix/vmailbox"
cat >"$dir/postfix/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $dir/queue
data_directory = $dir/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
maillog_file = /dev/stdout
myhostname = mail.smtpaudit.test
mydomain = smtpaudit.test
myorigin = smtpaudit.test
mydestination =
mynetworks = 127.0.0.0/8
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
alias_maps =
alias_database =
biff = no
local_transport = error:no local delivery in tests
relay_transport = error:no relaying in tests
default_transport = error:no relaying in tests
virtual_mailbox_domains = example.test
virtual_mailbox_base = $dir/vmail
virtual_mailbox_maps = texthash:$dir/postfix/vmailbox
virtual_uid_maps = static:$vuid
virtual_gid_maps = static:$vgid
virtual_transport = virtual
smtpd_banner = \$myhostname ESMTP smtpaudit test server
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:$auth_port
smtpd_sasl_auth_enable = yes
smtpd_tls_security_level = encrypt
smtpd_tls_auth_only = yes
smtpd_tls_chain_files = $dir/pki/server.key, $dir/pki/server.pem
smtpd_tls_protocols = >=TLSv1.2
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
smtpd_sender_restrictions =
smtputf8_enable = no
EOF
cat >"$dir/postfix/master.cf" <<EOF
127.0.0.1:$submission_port inet n - n - - smtpd
127.0.0.1:$implicit_port inet n - n - - smtpd -o smtpd_tls_wrappermode=yes
127.0.0.1:$plain_port inet n - n - - smtpd -o smtpd_tls_security_level=none -o smtpd_tls_auth_only=no
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n - - proxymap
proxywrite unix - - n - 1 proxymap
smtp      unix  - - n - - smtp
relay     unix  - - n - - smtp
showq     unix  n - n - - showq
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
local     unix  - n n - - local
virtual   unix  - n n - - virtual
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
EOF
postfix -c "$dir/postfix" check >"$dir/postfix.check" 2>&1 || fail "postfix check: $(cat "$dir/postfix.check")"
postfix -c "$dir/postfix" start-fg >>"$dir/postfix.log" 2>&1 &
echo $! >"$dir/postfix.pid"
for port in "$submission_port" "$implicit_port" "$plain_port"; do
    wait_port "$port" 30 || fail "Postfix did not listen on port $port"
done

cat >"$dir/env" <<EOF
SUBMISSION_PORT=$submission_port
IMPLICIT_PORT=$implicit_port
PLAIN_PORT=$plain_port
CA_FILE=$dir/pki/ca.pem
USER=$user
PASSWORD=$password
RCPT=$rcpt
MAILDIR=$dir/vmail/example.test/inbox
EOF
chmod 600 "$dir/env"
echo "mailserver.sh: Postfix on 127.0.0.1:$submission_port (STARTTLS), :$implicit_port (implicit TLS), :$plain_port (no TLS)"
