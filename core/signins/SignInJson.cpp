#include "signins/SignInJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1StringView>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

// Days from 1970-01-01 to the given proleptic Gregorian date, by counting whole 400-year eras that start
// on 1 March (so the leap day is the last day of its year) and the days within the era.
qint64 daysSinceEpoch(int year, int month, int day)
{
    const int y = month <= 2 ? year - 1 : year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int monthFromMarch = month > 2 ? month - 3 : month + 9;
    const int dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return static_cast<qint64>(era) * 146097 + dayOfEra - 719468;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

// Reads `count` decimal digits at `pos`; -1 if any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

std::optional<qint64> parseStrict(QStringView t)
{
    // YYYY-MM-DDTHH:MM:SS
    if (t.size() < 19 || t.at(4) != u'-' || t.at(7) != u'-' || (t.at(10) != u'T' && t.at(10) != u't') ||
        t.at(13) != u':' || t.at(16) != u':')
        return std::nullopt;
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2), minute = digits(t, 14, 2), second = digits(t, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59 || day > daysInMonth(year, month))
        return std::nullopt;

    qsizetype pos = 19;
    int millis = 0;
    if (pos < t.size() && t.at(pos) == u'.') {
        ++pos;
        int fractionDigits = 0;
        while (pos < t.size() && t.at(pos).isDigit()) {
            if (fractionDigits < 3)
                millis = millis * 10 + (t.at(pos).unicode() - u'0');
            ++fractionDigits;
            ++pos;
        }
        if (fractionDigits == 0)
            return std::nullopt;
        for (int i = fractionDigits; i < 3; ++i)
            millis *= 10;
    }

    qint64 offsetMinutes = 0;
    if (pos < t.size()) {
        const char16_t zone = t.at(pos).unicode();
        if ((zone == u'Z' || zone == u'z') && pos + 1 == t.size()) {
            // UTC
        } else if ((zone == u'+' || zone == u'-') && pos + 6 == t.size() && t.at(pos + 3) == u':') {
            const int oh = digits(t, pos + 1, 2), om = digits(t, pos + 4, 2);
            if (oh < 0 || oh > 23 || om < 0 || om > 59)
                return std::nullopt;
            offsetMinutes = (oh * 60 + om) * (zone == u'+' ? 1 : -1);
        } else {
            return std::nullopt;
        }
    }

    const qint64 seconds =
        daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

QString stringField(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

std::optional<int> intField(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && d >= std::numeric_limits<int>::min() + 1.0 &&
            d <= std::numeric_limits<int>::max())
            return static_cast<int>(d);
        return std::nullopt;
    }
    if (value.isString()) {
        // Be lenient with a number sent as text ("50126"); reject anything else.
        bool ok = false;
        const int parsed = value.toString().trimmed().toInt(&ok);
        if (ok && parsed != std::numeric_limits<int>::min())
            return parsed;
    }
    return std::nullopt;
}

bool passwordStepIn(const QJsonValue& details)
{
    if (!details.isArray())
        return false;
    const QJsonArray steps = details.toArray();
    for (const QJsonValue& step : steps) {
        const QJsonValue method = step.toObject().value("authenticationMethod"_L1);
        if (method.isString() && method.toString().compare("Password"_L1, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

std::optional<qint64> parseGraphDateTime(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (auto fast = parseStrict(trimmed))
        return fast;
    // Anything more exotic (no seconds, a comma fraction, ...) goes through Qt's parser.
    QDateTime parsed = QDateTime::fromString(trimmed.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toMSecsSinceEpoch();
}

SignInRecord signInFromGraphJson(const QJsonObject& object)
{
    SignInRecord r;
    r.id = stringField(object, "id"_L1);
    if (const auto created = parseGraphDateTime(stringField(object, "createdDateTime"_L1))) {
        r.createdMs = *created;
        r.hasCreated = true;
    }
    r.userPrincipalName = stringField(object, "userPrincipalName"_L1);
    r.userId = stringField(object, "userId"_L1);
    r.appDisplayName = stringField(object, "appDisplayName"_L1);
    r.clientAppUsed = stringField(object, "clientAppUsed"_L1);
    r.ipAddress = stringField(object, "ipAddress"_L1).trimmed();

    const QJsonObject location = object.value("location"_L1).toObject();
    r.city = stringField(location, "city"_L1);
    r.countryOrRegion = stringField(location, "countryOrRegion"_L1);

    const QJsonValue statusValue = object.value("status"_L1);
    if (statusValue.isObject()) {
        const QJsonObject status = statusValue.toObject();
        r.errorCode = intField(status.value("errorCode"_L1));
        r.failureReason = stringField(status, "failureReason"_L1);
    }

    const QJsonValue interactive = object.value("isInteractive"_L1);
    if (interactive.isBool())
        r.isInteractive = interactive.toBool();
    r.conditionalAccessStatus =
        signinenum::conditionalAccessStatusFromString(stringField(object, "conditionalAccessStatus"_L1));
    r.authProtocol = signinenum::authProtocolFromString(stringField(object, "authenticationProtocol"_L1));
    r.passwordStepSeen = passwordStepIn(object.value("authenticationDetails"_L1));
    r.userAgent = stringField(object, "userAgent"_L1);

    const QJsonObject device = object.value("deviceDetail"_L1).toObject();
    r.operatingSystem = stringField(device, "operatingSystem"_L1);
    r.browser = stringField(device, "browser"_L1);
    return r;
}

} // namespace smtpaudit
