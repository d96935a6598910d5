#pragma once

#include "signins/SignInTypes.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace smtpaudit {

struct SignInPage
{
    std::vector<SignInRecord> records;
    QString nextLink; // @odata.nextLink, empty on the last page
};

// Reads a Graph sign-in page body `{"value":[{signIn}...], "@odata.nextLink": "..."}` straight from its
// bytes into records, without building a QJsonDocument first (which costs more than everything else in an
// append). The whole body is still validated as strict JSON (RFC 8259: no trailing commas, no comments,
// valid escapes and UTF-8, no raw control characters in strings; QJsonDocument is laxer on the last three
// and on numbers like "1."); anything else, a non-object top level, a missing `value` array or an element
// that is not an object is a MalformedResponse error. Inside a sign-in, fields are read as leniently as
// signInFromGraphJson() reads them, and give the same records. A repeated key counts with its last value.
Result<SignInPage> parseSignInPage(QByteArrayView body);

} // namespace smtpaudit
