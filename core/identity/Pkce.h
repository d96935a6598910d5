#pragma once

#include <QByteArray>

namespace smtpaudit {

// Proof Key for Code Exchange (RFC 7636) with the S256 method, and the OAuth `state` value.
namespace Pkce {

// 32 random bytes from the system RNG, base64url: 43 characters from the unreserved set (RFC 7636 4.1).
QByteArray generateVerifier();
// BASE64URL(SHA256(ASCII(code_verifier))) (RFC 7636 4.2).
QByteArray challengeS256(const QByteArray& verifier);
// An unguessable `state` to bind the redirect to this sign-in (RFC 6749 10.12).
QByteArray generateState();

} // namespace Pkce
} // namespace smtpaudit
