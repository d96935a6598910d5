#include "identity/Pkce.h"

#include "identity/TokenClaims.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace smtpaudit::Pkce {
namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), count / 4);
    return bytes;
}

} // namespace

QByteArray generateVerifier()
{
    return Base64Url::encode(randomBytes(32));
}

QByteArray challengeS256(const QByteArray& verifier)
{
    return Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray generateState()
{
    return Base64Url::encode(randomBytes(16));
}

} // namespace smtpaudit::Pkce
