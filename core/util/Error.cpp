#include "util/Error.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

QString Error::categoryName(Category category)
{
    switch (category) {
    case Category::InvalidInput:
        return u"invalid-input"_s;
    case Category::Authentication:
        return u"authentication"_s;
    case Category::PermissionMissing:
        return u"permission-missing"_s;
    case Category::LicenceMissing:
        return u"licence-missing"_s;
    case Category::Throttled:
        return u"throttled"_s;
    case Category::Network:
        return u"network"_s;
    case Category::Timeout:
        return u"timeout"_s;
    case Category::MalformedResponse:
        return u"malformed-response"_s;
    case Category::Service:
        return u"service"_s;
    case Category::NotFound:
        return u"not-found"_s;
    case Category::Keychain:
        return u"keychain"_s;
    case Category::Cancelled:
        return u"cancelled"_s;
    case Category::Io:
        return u"io"_s;
    }
    return u"unknown"_s;
}

QString Error::toString() const
{
    QString text = message;
    if (!detail.isEmpty())
        text += u" ("_s + detail + u')';
    return text;
}

} // namespace smtpaudit
