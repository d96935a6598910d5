#include "ICalendar.h"

#include "BuildInfo.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

QString utcStamp(const QDateTime& value)
{
    return value.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

QString dateValue(QDate date)
{
    return date.toString(u"yyyyMMdd"_s);
}

QString kindText(RotationItem::Kind kind)
{
    switch (kind) {
    case RotationItem::Kind::UserPassword:
        return ICalendar::tr("Password");
    case RotationItem::Kind::AppSecret:
        return ICalendar::tr("App secret");
    case RotationItem::Kind::AppCertificate:
        return ICalendar::tr("App certificate");
    case RotationItem::Kind::OwnCredential:
        return ICalendar::tr("smtpaudit's own credential");
    }
    return {};
}

} // namespace

QString ICalendar::escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u';':
            out += u"\\;"_s;
            break;
        case u',':
            out += u"\\,"_s;
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                break; // CRLF becomes one "\n"
            out += u"\\n"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += c; // HTAB is a WSP, allowed in TEXT
            break;
        default:
            // CONTROL characters are excluded from TSAFE-CHAR; U+2028/2029 would break lines in viewers.
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                break;
            out += c;
        }
    }
    return out;
}

QByteArray ICalendar::foldLine(const QByteArray& utf8Line)
{
    constexpr qsizetype limit = 75;
    QByteArray out;
    out.reserve(utf8Line.size() + utf8Line.size() / limit * 3 + 2);
    qsizetype start = 0;
    qsizetype budget = limit; // the first line has 75 octets, continuation lines 74 after their space
    while (utf8Line.size() - start > budget) {
        qsizetype cut = start + budget;
        // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > start && (static_cast<unsigned char>(utf8Line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += utf8Line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        budget = limit - 1;
    }
    out += utf8Line.mid(start);
    out += "\r\n";
    return out;
}

QString ICalendar::uidFor(const RotationItem& item)
{
    const QByteArray key = (rotationKindName(item.kind) + u'|' + item.objectId.toLower() + u'|' + item.keyId + u'|' +
                            item.subject.toLower())
                               .toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32)) +
           u"@smtpaudit"_s;
}

QString ICalendar::summaryFor(const RotationItem& item, bool overdue)
{
    QString what;
    switch (item.kind) {
    case RotationItem::Kind::UserPassword:
        what = tr("Rotate the SMTP password of %1").arg(item.subject);
        break;
    case RotationItem::Kind::AppSecret:
        what = tr("Renew the client secret \"%1\" of %2").arg(item.credentialName, item.subject);
        break;
    case RotationItem::Kind::AppCertificate:
        what = tr("Renew the certificate \"%1\" of %2").arg(item.credentialName, item.subject);
        break;
    case RotationItem::Kind::OwnCredential:
        what = tr("Renew smtpaudit's credential %1")
                   .arg(item.credentialName.isEmpty() ? item.subject : item.credentialName);
        break;
    }
    return overdue ? tr("Overdue: %1").arg(what) : what;
}

QByteArray ICalendar::write(const QList<RotationItem>& items, const QDateTime& now, const Options& options)
{
    QByteArray out;
    auto line = [&out](const QString& text) { out += foldLine(text.toUtf8()); };
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//smtpaudit//smtpaudit %1//EN"_s.arg(QString::fromLatin1(smtpaudit::build::version)));
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    line(u"X-WR-CALNAME:"_s + escapeText(tr("SMTP credential rotation")));

    const QString stamp = utcStamp(now);
    const QDate today = now.toUTC().date();
    for (const RotationItem& item : items) {
        if (!item.dueAt.isValid())
            continue;
        const bool overdue = item.dueAt.toUTC().date() < today;
        const QDate day = overdue ? today : item.dueAt.toUTC().date();
        QStringList description;
        description << tr("%1 of %2").arg(kindText(item.kind), item.subject);
        if (!item.credentialName.isEmpty())
            description << tr("Credential: %1").arg(item.credentialName);
        if (!item.objectId.isEmpty())
            description << tr("Object id: %1").arg(item.objectId);
        if (item.lastChangedAt.isValid())
            description << tr("Last changed: %1").arg(item.lastChangedAt.toUTC().toString(Qt::ISODate));
        description << tr("Due: %1").arg(item.dueAt.toUTC().toString(Qt::ISODate));
        if (!options.tenantLabel.isEmpty())
            description << tr("Tenant: %1").arg(options.tenantLabel);
        description << tr("From an smtpaudit audit.");

        line(u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + uidFor(item));
        line(u"DTSTAMP:"_s + stamp);
        line(u"DTSTART;VALUE=DATE:"_s + dateValue(day));
        line(u"DTEND;VALUE=DATE:"_s + dateValue(day.addDays(1)));
        line(u"SUMMARY:"_s + escapeText(summaryFor(item, overdue)));
        line(u"DESCRIPTION:"_s + escapeText(description.join(u'\n')));
        line(u"CATEGORIES:"_s + escapeText(tr("smtpaudit")));
        line(u"TRANSP:TRANSPARENT"_s);
        if (options.alarmDaysBefore > 0 && !overdue) {
            line(u"BEGIN:VALARM"_s);
            line(u"ACTION:DISPLAY"_s);
            line(u"DESCRIPTION:"_s + escapeText(summaryFor(item, false)));
            line(u"TRIGGER:-P%1D"_s.arg(options.alarmDaysBefore));
            line(u"END:VALARM"_s);
        }
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}

} // namespace smtpaudit::ui
