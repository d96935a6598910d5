#pragma once

#include "signins/SignInTypes.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace smtpaudit {

// A string value of a page as it stands in the body: the bytes between its quotes (valid UTF-8), with its
// escapes still in them when `escaped`. It points into the body, which must outlive it.
struct SignInText
{
    const char* data = nullptr;
    qsizetype size = 0;
    bool escaped = false;

    bool isEmpty() const { return size == 0; }
    // The text, decoded as rawjson::Reader::readString() decodes it (what QJsonDocument reads, lone surrogates
    // and all).
    QString toString() const;
    // The exact UTF-8 of toString() (with trim: of toString().trimmed()) when it is a part of the body, that is
    // without escapes and without a BOM at the start (which QString::fromUtf8() drops); else nullopt.
    std::optional<QByteArrayView> plainUtf8(bool trim) const;
};

// One sign-in of a page, its strings still undecoded: what signInFromGraphJson() reads, before conversion.
struct SignInFields
{
    SignInText id;
    SignInText userPrincipalName;
    SignInText userId;
    SignInText appDisplayName;
    SignInText clientAppUsed;
    SignInText ipAddress; // untrimmed; the record holds it trimmed
    SignInText city;
    SignInText countryOrRegion;
    SignInText failureReason;
    SignInText userAgent;
    SignInText operatingSystem;
    SignInText browser;
    qint64 createdMs = 0;
    bool hasCreated = false;
    std::optional<int> errorCode;
    std::optional<bool> isInteractive;
    ConditionalAccessStatus conditionalAccessStatus = ConditionalAccessStatus::Missing;
    AuthProtocol authProtocol = AuthProtocol::Missing;
    bool passwordStepSeen = false;

    SignInRecord toRecord() const;
};

struct SignInPageFields
{
    std::vector<SignInFields> events;
    QString nextLink; // @odata.nextLink, empty on the last page
};

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
// The same reading, leaving the strings in the body (parseSignInPage() is this plus toRecord()).
Result<SignInPageFields> parseSignInPageFields(QByteArrayView body);

} // namespace smtpaudit
