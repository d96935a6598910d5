#include "signins/SignInPageParser.h"

#include "signins/SignInJson.h"
#include "util/JsonReader.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

using rawjson::Reader;

std::optional<int> integralErrorCode(double d)
{
    if (std::isfinite(d) && d == std::trunc(d) && d >= std::numeric_limits<int>::min() + 1.0 &&
        d <= std::numeric_limits<int>::max())
        return static_cast<int>(d);
    return std::nullopt;
}

// A string member: read it, or skip a value of another type and leave the field empty.
bool stringMember(Reader& in, QString& field)
{
    field.clear();
    return in.peek() == '"' ? in.readString(field) : in.skip();
}

bool readStatus(Reader& in, SignInRecord& r)
{
    r.errorCode.reset();
    r.failureReason.clear();
    if (in.peek() != '{')
        return in.skip();
    return in.object([&](QByteArrayView key) {
        if (key == "errorCode") {
            r.errorCode.reset();
            double d = 0;
            const char c = in.peek();
            if (c == '-' || (c >= '0' && c <= '9')) {
                if (!in.number(d))
                    return false;
                r.errorCode = integralErrorCode(d);
                return true;
            }
            if (c == '"') {
                QString text;
                if (!in.readString(text))
                    return false;
                bool ok = false;
                const int parsed = text.trimmed().toInt(&ok);
                if (ok && parsed != std::numeric_limits<int>::min())
                    r.errorCode = parsed;
                return true;
            }
            return in.skip();
        }
        if (key == "failureReason")
            return stringMember(in, r.failureReason);
        return in.skip();
    });
}

bool readAuthenticationDetails(Reader& in, SignInRecord& r)
{
    r.passwordStepSeen = false;
    if (in.peek() != '[')
        return in.skip();
    return in.array([&] {
        if (in.peek() != '{')
            return in.skip();
        return in.object([&](QByteArrayView key) {
            if (key != "authenticationMethod" || in.peek() != '"')
                return in.skip();
            QString method;
            if (!in.readString(method))
                return false;
            if (method.compare("Password"_L1, Qt::CaseInsensitive) == 0)
                r.passwordStepSeen = true;
            return true;
        });
    });
}

// A nested object of string members: {"city": ..., "countryOrRegion": ...}.
template <std::size_t N>
bool readStringsObject(Reader& in, const std::array<std::pair<const char*, QString*>, N>& fields)
{
    for (const auto& field : fields)
        field.second->clear();
    if (in.peek() != '{')
        return in.skip();
    return in.object([&](QByteArrayView key) {
        for (const auto& field : fields)
            if (key == field.first)
                return stringMember(in, *field.second);
        return in.skip();
    });
}

bool readSignIn(Reader& in, SignInRecord& r)
{
    QString created, caStatus, protocol;
    bool ok = in.object([&](QByteArrayView key) {
        if (key == "id")
            return stringMember(in, r.id);
        if (key == "createdDateTime")
            return stringMember(in, created);
        if (key == "userPrincipalName")
            return stringMember(in, r.userPrincipalName);
        if (key == "userId")
            return stringMember(in, r.userId);
        if (key == "appDisplayName")
            return stringMember(in, r.appDisplayName);
        if (key == "clientAppUsed")
            return stringMember(in, r.clientAppUsed);
        if (key == "ipAddress")
            return stringMember(in, r.ipAddress);
        if (key == "conditionalAccessStatus")
            return stringMember(in, caStatus);
        if (key == "authenticationProtocol")
            return stringMember(in, protocol);
        if (key == "userAgent")
            return stringMember(in, r.userAgent);
        if (key == "isInteractive") {
            r.isInteractive.reset();
            const char c = in.peek();
            if (c == 't' || c == 'f') {
                r.isInteractive = c == 't';
                return in.literal(c == 't' ? "true" : "false");
            }
            return in.skip();
        }
        if (key == "status")
            return readStatus(in, r);
        if (key == "location")
            return readStringsObject<2>(in, {{{"city", &r.city}, {"countryOrRegion", &r.countryOrRegion}}});
        if (key == "deviceDetail")
            return readStringsObject<2>(in, {{{"operatingSystem", &r.operatingSystem}, {"browser", &r.browser}}});
        if (key == "authenticationDetails")
            return readAuthenticationDetails(in, r);
        return in.skip();
    });
    if (!ok)
        return false;
    if (const auto t = parseGraphDateTime(created)) {
        r.createdMs = *t;
        r.hasCreated = true;
    }
    r.ipAddress = r.ipAddress.trimmed();
    r.conditionalAccessStatus = signinenum::conditionalAccessStatusFromString(caStatus);
    r.authProtocol = signinenum::authProtocolFromString(protocol);
    return true;
}

Error malformed(const QString& message, const QString& detail)
{
    return Error::make(Error::Category::MalformedResponse, message, detail, u"signIns"_s);
}

} // namespace

Result<SignInPage> parseSignInPage(QByteArrayView body)
{
    const auto notJson = [](const QString& detail) {
        return malformed(QCoreApplication::translate("SignInStore", "The sign-in log page is not valid JSON."), detail);
    };
    Reader in(body);
    if (in.peek() != '{') {
        Reader whole(body);
        if (whole.skip() && whole.atEnd())
            return malformed(QCoreApplication::translate("SignInStore", "The sign-in log page is not a JSON object."),
                             {});
        if (!whole.failed())
            whole.fail("data after the JSON value");
        return notJson(whole.error());
    }

    SignInPage page;
    bool sawValue = false;
    QString shapeError; // a repeated "value" member counts with its last occurrence
    const bool ok = in.object([&](QByteArrayView key) {
        if (key == "value") {
            page.records.clear();
            shapeError.clear();
            sawValue = in.peek() == '[';
            if (!sawValue)
                return in.skip();
            qsizetype index = 0;
            return in.array([&] {
                const qsizetype at = index++;
                if (in.peek() != '{') {
                    if (shapeError.isEmpty())
                        shapeError = u"value["_s + QString::number(at) + u"] is not an object"_s;
                    return in.skip();
                }
                page.records.emplace_back();
                return readSignIn(in, page.records.back());
            });
        }
        if (key == "@odata.nextLink")
            return stringMember(in, page.nextLink);
        return in.skip();
    });
    if (!ok)
        return notJson(in.error());
    if (!in.atEnd()) {
        in.fail("data after the JSON value");
        return notJson(in.error());
    }
    if (!shapeError.isEmpty())
        return malformed(QCoreApplication::translate(
                             "SignInStore", "The sign-in log page contains an entry that is not a sign-in object."),
                         shapeError);
    if (!sawValue)
        return malformed(QCoreApplication::translate("SignInStore", "The sign-in log page has no list of sign-ins."),
                         u"missing \"value\" array"_s);
    return page;
}

} // namespace smtpaudit
