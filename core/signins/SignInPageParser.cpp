#include "signins/SignInPageParser.h"

#include "signins/SignInJson.h"
#include "util/JsonReader.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>

using namespace Qt::StringLiterals;
using namespace std::string_view_literals;

namespace smtpaudit {

namespace {

using rawjson::Reader;

// A member name against a literal, the literal's length known at compile time (QByteArrayView's comparison
// with a char array measures the array at run time).
bool is(QByteArrayView key, std::string_view name)
{
    return key.size() == static_cast<qsizetype>(name.size()) && std::memcmp(key.data(), name.data(), name.size()) == 0;
}

// The code point of valid UTF-8 at `p` (a lead byte) and its length.
char32_t codePointAt(const unsigned char* p, int& length)
{
    const unsigned char b = *p;
    length = b < 0x80 ? 1 : (b >= 0xf0 ? 4 : (b >= 0xe0 ? 3 : 2));
    if (length == 1)
        return b;
    char32_t cp = b & (0x7f >> length);
    for (int i = 1; i < length; ++i)
        cp = (cp << 6) | (p[i] & 0x3f);
    return cp;
}

// What QString::trimmed() removes: a UTF-16 unit QChar::isSpace() says yes to (a surrogate never is).
bool trimmedAway(char32_t cp)
{
    return cp <= 0xffff && QChar::isSpace(cp);
}

// Valid UTF-8 without the code points at either end that QString::trimmed() removes.
QByteArrayView trimmedUtf8(QByteArrayView text)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = begin + text.size();
    int length = 0;
    while (begin < end && trimmedAway(codePointAt(begin, length)))
        begin += length;
    while (end > begin) {
        const unsigned char* last = end - 1;
        while (last > begin && (*last & 0xc0) == 0x80)
            --last;
        if (!trimmedAway(codePointAt(last, length)))
            break;
        end = last;
    }
    return QByteArrayView(reinterpret_cast<const char*>(begin), end - begin);
}

// Calls f(QStringView) with the text: short plain ASCII widened on the stack, anything else decoded.
template <typename F>
auto withText(const SignInText& text, F&& f)
{
    constexpr qsizetype kStack = 64;
    if (!text.escaped && text.size <= kStack) {
        std::array<char16_t, kStack> units;
        unsigned char seen = 0;
        for (qsizetype i = 0; i < text.size; ++i) {
            const auto c = static_cast<unsigned char>(text.data[i]);
            seen |= c;
            units[static_cast<std::size_t>(i)] = c;
        }
        if (seen < 0x80)
            return f(QStringView(units.data(), text.size));
    }
    const QString decoded = text.toString();
    return f(QStringView(decoded));
}

std::optional<int> integralErrorCode(double d)
{
    if (std::isfinite(d) && d == std::trunc(d) && d >= std::numeric_limits<int>::min() + 1.0 &&
        d <= std::numeric_limits<int>::max())
        return static_cast<int>(d);
    return std::nullopt;
}

// A string member: its span in the body, or a value of another type skipped and the field left empty.
// Escapes are validated here as reading the string would, with the same errors.
bool textMember(Reader& in, SignInText& field)
{
    field = {};
    if (in.peek() != '"')
        return in.skip();
    const char* quote = in.position();
    QByteArrayView unescaped;
    QByteArray scratch;
    if (!in.string(unescaped, scratch))
        return false;
    field.data = quote + 1;
    field.size = in.position() - 1 - field.data;
    field.escaped = unescaped.data() != field.data;
    return true;
}

bool readStatus(Reader& in, SignInFields& r)
{
    r.errorCode.reset();
    r.failureReason = {};
    if (in.peek() != '{')
        return in.skip();
    return in.object([&](QByteArrayView key) {
        if (is(key, "errorCode"sv)) {
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
                SignInText text;
                if (!textMember(in, text))
                    return false;
                withText(text, [&r](QStringView value) {
                    bool ok = false;
                    const int parsed = value.trimmed().toInt(&ok);
                    if (ok && parsed != std::numeric_limits<int>::min())
                        r.errorCode = parsed;
                });
                return true;
            }
            return in.skip();
        }
        if (is(key, "failureReason"sv))
            return textMember(in, r.failureReason);
        return in.skip();
    });
}

bool readAuthenticationDetails(Reader& in, SignInFields& r)
{
    r.passwordStepSeen = false;
    if (in.peek() != '[')
        return in.skip();
    return in.array([&] {
        if (in.peek() != '{')
            return in.skip();
        return in.object([&](QByteArrayView key) {
            if (!is(key, "authenticationMethod"sv) || in.peek() != '"')
                return in.skip();
            SignInText method;
            if (!textMember(in, method))
                return false;
            if (withText(method, [](QStringView value) { return value.compare("Password"_L1, Qt::CaseInsensitive); }) ==
                0)
                r.passwordStepSeen = true;
            return true;
        });
    });
}

// A nested object of string members: {"city": ..., "countryOrRegion": ...}.
bool readTextsObject(Reader& in, std::string_view firstName, SignInText& first, std::string_view secondName,
                     SignInText& second)
{
    first = {};
    second = {};
    if (in.peek() != '{')
        return in.skip();
    return in.object([&](QByteArrayView key) {
        if (is(key, firstName))
            return textMember(in, first);
        if (is(key, secondName))
            return textMember(in, second);
        return in.skip();
    });
}

bool readSignIn(Reader& in, SignInFields& r)
{
    SignInText created, caStatus, protocol;
    const bool ok = in.object([&](QByteArrayView key) {
        // By length first: most members of a real sign-in are none of these.
        switch (key.size()) {
        case 2:
            return is(key, "id"sv) ? textMember(in, r.id) : in.skip();
        case 6:
            if (is(key, "userId"sv))
                return textMember(in, r.userId);
            if (is(key, "status"sv))
                return readStatus(in, r);
            return in.skip();
        case 8:
            return is(key, "location"sv) ? readTextsObject(in, "city"sv, r.city, "countryOrRegion"sv, r.countryOrRegion)
                                         : in.skip();
        case 9:
            if (is(key, "ipAddress"sv))
                return textMember(in, r.ipAddress);
            if (is(key, "userAgent"sv))
                return textMember(in, r.userAgent);
            return in.skip();
        case 12:
            return is(key, "deviceDetail"sv)
                       ? readTextsObject(in, "operatingSystem"sv, r.operatingSystem, "browser"sv, r.browser)
                       : in.skip();
        case 13:
            if (is(key, "clientAppUsed"sv))
                return textMember(in, r.clientAppUsed);
            if (is(key, "isInteractive"sv)) {
                r.isInteractive.reset();
                const char c = in.peek();
                if (c == 't' || c == 'f') {
                    r.isInteractive = c == 't';
                    return in.literal(c == 't' ? "true" : "false");
                }
                return in.skip();
            }
            return in.skip();
        case 14:
            return is(key, "appDisplayName"sv) ? textMember(in, r.appDisplayName) : in.skip();
        case 15:
            return is(key, "createdDateTime"sv) ? textMember(in, created) : in.skip();
        case 17:
            return is(key, "userPrincipalName"sv) ? textMember(in, r.userPrincipalName) : in.skip();
        case 21:
            return is(key, "authenticationDetails"sv) ? readAuthenticationDetails(in, r) : in.skip();
        case 22:
            return is(key, "authenticationProtocol"sv) ? textMember(in, protocol) : in.skip();
        case 23:
            return is(key, "conditionalAccessStatus"sv) ? textMember(in, caStatus) : in.skip();
        default:
            return in.skip();
        }
    });
    if (!ok)
        return false;
    if (const auto t = withText(created, [](QStringView text) { return parseGraphDateTime(text); })) {
        r.createdMs = *t;
        r.hasCreated = true;
    }
    r.conditionalAccessStatus = withText(caStatus, signinenum::conditionalAccessStatusFromString);
    r.authProtocol = withText(protocol, signinenum::authProtocolFromString);
    return true;
}

Error malformed(const QString& message, const QString& detail)
{
    return Error::make(Error::Category::MalformedResponse, message, detail, u"signIns"_s);
}

} // namespace

QString SignInText::toString() const
{
    if (!data)
        return {}; // absent, null or another type
    if (!escaped)
        return QString::fromUtf8(data, size);
    // Decoded by the reader itself, so escapes come out exactly as when it reads a value.
    Reader in(QByteArrayView(data - 1, size + 2));
    QString out;
    in.readString(out);
    return out;
}

std::optional<QByteArrayView> SignInText::plainUtf8(bool trim) const
{
    const QByteArrayView bytes(data, size);
    if (escaped || bytes.startsWith("\xef\xbb\xbf"))
        return std::nullopt;
    return trim ? trimmedUtf8(bytes) : bytes;
}

SignInRecord SignInFields::toRecord() const
{
    SignInRecord r;
    r.id = id.toString();
    r.createdMs = createdMs;
    r.hasCreated = hasCreated;
    r.userPrincipalName = userPrincipalName.toString();
    r.userId = userId.toString();
    r.appDisplayName = appDisplayName.toString();
    r.clientAppUsed = clientAppUsed.toString();
    r.ipAddress = ipAddress.toString().trimmed();
    r.city = city.toString();
    r.countryOrRegion = countryOrRegion.toString();
    r.errorCode = errorCode;
    r.failureReason = failureReason.toString();
    r.isInteractive = isInteractive;
    r.conditionalAccessStatus = conditionalAccessStatus;
    r.authProtocol = authProtocol;
    r.passwordStepSeen = passwordStepSeen;
    r.userAgent = userAgent.toString();
    r.operatingSystem = operatingSystem.toString();
    r.browser = browser.toString();
    return r;
}

Result<SignInPageFields> parseSignInPageFields(QByteArrayView body)
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

    SignInPageFields page;
    bool sawValue = false;
    QString shapeError; // a repeated "value" member counts with its last occurrence
    const bool ok = in.object([&](QByteArrayView key) {
        if (is(key, "value"sv)) {
            page.events.clear();
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
                page.events.emplace_back();
                return readSignIn(in, page.events.back());
            });
        }
        if (is(key, "@odata.nextLink"sv)) {
            SignInText link;
            if (!textMember(in, link))
                return false;
            page.nextLink = link.toString();
            return true;
        }
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

Result<SignInPage> parseSignInPage(QByteArrayView body)
{
    Result<SignInPageFields> fields = parseSignInPageFields(body);
    if (!fields.ok())
        return fields.error();
    SignInPage page;
    page.records.reserve(fields.value().events.size());
    for (const SignInFields& event : fields.value().events)
        page.records.push_back(event.toRecord());
    page.nextLink = std::move(fields.value().nextLink);
    return page;
}

} // namespace smtpaudit
