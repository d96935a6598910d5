#pragma once

// Graph sign-in pages written by hand from hostile parts, for the tests that prove every way of appending
// yields the same store: escapes (\u0000, lone and paired surrogates, an escaped BOM), raw non-ASCII and
// 4-byte UTF-8, a raw BOM at the start of a value and after spaces, Unicode spaces to trim, spellings that
// differ only in case (also through case folding: long s, Kelvin sign), the same text once escaped and once
// raw, fields of the wrong type, ids missing, blank or escaped, GUIDs in other cases and in braces,
// repeated and escaped member names, and events repeated within and across pages. Every page is valid
// JSON (RFC 8259), so QJsonDocument reads it too.

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <random>
#include <vector>

namespace smtpaudit::test {

class HostileSignInPages
{
public:
    explicit HostileSignInPages(unsigned seed)
        : m_rng(seed)
    {}

    // `count` pages of up to `events` sign-ins each; later pages repeat some events of earlier ones.
    std::vector<QByteArray> pages(int count, int events)
    {
        std::vector<QByteArray> out;
        for (int p = 0; p < count; ++p) {
            QByteArray body = pick({"{", "{\"@odata.context\":\"x\\u0041\",", "{\"value\":7,"});
            body += "\"value\":[";
            const int n = events - static_cast<int>(m_rng() % 5);
            for (int e = 0; e < n; ++e) {
                if (e > 0)
                    body += pick({",", " ,\n", ","});
                body += event();
            }
            body += "]";
            if (m_rng() % 2)
                body += ",\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=" +
                        QByteArray::number(p) + "\\u0026x=\\u00fc\"";
            body += "}";
            out.push_back(body);
        }
        return out;
    }

private:
    QByteArray pick(std::initializer_list<const char*> options)
    {
        const auto i = static_cast<std::size_t>(m_rng() % options.size());
        return QByteArray(*(options.begin() + i));
    }
    bool chance(int percent) { return static_cast<int>(m_rng() % 100) < percent; }
    static QByteArray quoted(const QByteArray& raw) { return '"' + raw + '"'; }

    // A value for a string member: mostly a string from `strings`, sometimes another type.
    QByteArray stringOr(std::initializer_list<const char*> strings)
    {
        if (chance(8))
            return pick({"null", "42", "-0.5e1", "true", "{\"a\":\"b\"}", "[\"x\",1]", "{}", "[]"});
        return quoted(pick(strings));
    }

    QByteArray id()
    {
        if (!m_ids.isEmpty() && chance(15)) {
            QByteArray seen = m_ids.at(static_cast<qsizetype>(m_rng() % static_cast<unsigned>(m_ids.size())));
            // Another case of a GUID seen before is the same event (for other ids, another event).
            const bool plainAscii =
                std::all_of(seen.cbegin(), seen.cend(), [](char c) { return c != '\\' && (c & 0x80) == 0; });
            if (plainAscii && chance(30))
                seen = seen.toUpper();
            return quoted(seen);
        }
        const QByteArray hex = QByteArray::number(static_cast<qulonglong>(m_next++), 16).rightJustified(12, '0');
        QByteArray guid = "66ea54eb-6301-4ee5-be62-" + hex;
        QByteArray raw;
        switch (m_rng() % 10) {
        case 0:
            raw = guid.toUpper();
            break;
        case 1:
            raw = '{' + guid + '}';
            break;
        case 2:
            raw = "evt-" + hex;
            break;
        case 3:
            raw = " evt-" + hex + "\\t";
            break;
        case 4:
            raw = "\\u0036" + guid.mid(1); // an escaped first digit
            break;
        case 5:
            raw = "ev\\ud800t-" + hex; // a lone surrogate: not a GUID, hashed
            break;
        case 6:
            raw = "\xc3\xa9v\xf0\x9f\x98\x80-" + hex;
            break;
        default:
            raw = guid;
            break;
        }
        m_ids.append(raw);
        return quoted(raw);
    }

    QByteArray upn()
    {
        return stringOr({
            "printer@contoso.com",
            "Printer@Contoso.com",
            "PRINTER@CONTOSO.COM",
            " printer@contoso.com ",
            "\\tprinter@contoso.com\\n",
            "\\u0050rinter@contoso.com",
            "j\\u00fcrgen@contoso.com",
            "j\xc3\xbcrgen@contoso.com",
            "J\xc3\x9cRGEN@contoso.com",
            "J\\u00dcRGEN@CONTOSO.COM",
            "\xc2\xa0nbsp@contoso.com\xe3\x80\x80",
            "\xe2\x80\xa8sep@contoso.com\xe2\x80\xa9",
            "\xef\xbb\xbf"
            "bom@contoso.com",
            " \xef\xbb\xbf"
            "bom@contoso.com",
            "\\ufeffbom@contoso.com",
            "bom@contoso.com",
            "lone\\ud800@contoso.com",
            "lone\\udc00x@contoso.com",
            "LONE\\ud800@contoso.com",
            "pair\\ud83d\\ude00@contoso.com",
            "pair\xf0\x9f\x98\x80@contoso.com",
            "PAIR\xf0\x9f\x98\x80@CONTOSO.COM",
            "nul\\u0000@contoso.com",
            "NUL\\u0000@contoso.com",
            "\xc5\xbf"
            "ome@contoso.com",
            "some@contoso.com",
            "SOME@contoso.com",
            "\xe2\x84\xaa"
            "elvin@contoso.com",
            "kelvin@contoso.com",
            "stra\xc3\x9f"
            "e@contoso.com",
            "STRASSE@contoso.com",
            "\\\"quoted\\\"@contoso.com",
            "back\\\\slash\\/@contoso.com",
            "",
            "   ",
            "\\u0020",
            "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@x",
            "\xe6\x9d\xb1\xe4\xba\xac@contoso.com",
        });
    }

    QByteArray clientApp()
    {
        return stringOr({
            "Authenticated SMTP",
            "authenticated smtp",
            " Authenticated SMTP ",
            "AUTHENTICATED\\u0020SMTP",
            "\xef\xbb\xbf"
            "Authenticated SMTP",
            "IMAP4",
            "imap4",
            "Browser",
            "Mobile Apps and Desktop clients",
            "Exchange ActiveSync",
            "Some Future Client",
            "\xc5\xbf"
            "mtp",
            "",
            "\\u0000",
        });
    }

    QByteArray event()
    {
        QList<QByteArray> members;
        if (!chance(10))
            members << "\"id\":" + (chance(5) ? stringOr({"", "  ", "\\u0020\\t"}) : id());
        if (!chance(10))
            members << "\"createdDateTime\":" + stringOr({
                                                    "2026-11-20T10:00:00Z",
                                                    "2026-11-20T10:00:00.1234567Z",
                                                    "2026-11-20T10:00:00+01:00",
                                                    " 2026-11-21T10:00:00Z ",
                                                    "2026-11-20T10:00:00\\u005a",
                                                    "2026-11-20T10:00Z",
                                                    "2026-02-30T10:00:00Z",
                                                    "yesterday",
                                                    "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x96",
                                                    "",
                                                });
        if (!chance(5))
            members << "\"userPrincipalName\":" + upn();
        if (chance(60))
            members << "\"userId\":" +
                           stringOr({"26be570a-ae82-4189-b4e2-a37c6808512d", "26BE570A-AE82-4189-B4E2-A37C6808512D",
                                     "u\\u002d1", "u-1", "\\u0000"});
        if (chance(70))
            members << "\"appDisplayName\":" + stringOr({"Office 365 Exchange Online", "office 365 exchange online",
                                                         "Office 365 \\\"Exchange\\\" Online \\/ SMTP",
                                                         "\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a", " Graph explorer "});
        if (!chance(5))
            members << "\"clientAppUsed\":" + clientApp();
        if (chance(80))
            members << "\"ipAddress\":" + stringOr({" 198.51.100.7 ", "198.51.100.7", "2001:DB8::1", "2001:db8::1",
                                                    "\\u0031\\u0039\\u0038.51.100.7", " \\t10.0.0.1\\n",
                                                    "\xc2\xa0"
                                                    "10.0.0.1",
                                                    "\xe3\x80\x80"});
        if (chance(70))
            members << "\"isInteractive\":" + pick({"true", "false", "\"true\"", "null", "1", "[]"});
        if (chance(70))
            members << "\"conditionalAccessStatus\":" + stringOr({"success", "SUCCESS", "failure", "notApplied",
                                                                  "NOTAPPLIED", "unknownFutureValue", "\\u0073uccess",
                                                                  "\xc5\xbf"
                                                                  "uccess",
                                                                  " success", ""});
        if (chance(50))
            members << "\"authenticationProtocol\":" +
                           stringOr({"ropc", "ROPC", "oAuth2", "none", "deviceCode", "x", "r\\u006fpc",
                                     "\xc5\xbf"
                                     "aml20"});
        if (chance(50))
            members << "\"authenticationDetails\":" +
                           pick({"[{\"authenticationMethod\":\"Password\",\"succeeded\":false}]",
                                 "[{\"authenticationMethod\":\"password\"}]",
                                 "[{\"authenticationMethod\":\"PASSWORD\"}]",
                                 "[{\"authenticationMethod\":\"Pa\\u017f\\u017fword\"}]",
                                 "[{\"authenticationMethod\":\"Pa\xc5\xbf\xc5\xbfword\"}]",
                                 "[{\"authenticationMethod\":\"Password \"}]", "[{\"authenticationMethod\":5}]",
                                 "[1,\"x\",null,{\"authenticationMethod\":\"SMS\"}]", "{}", "[]", "null"});
        if (chance(70))
            members << "\"userAgent\":" + stringOr({"BAV2ROPC", "bav2ropc", "BAV2ROPC \\ud83d\\ude00",
                                                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "\\ud83d", ""});
        if (chance(80))
            members << "\"status\":" +
                           pick({"{\"errorCode\":0}", "{\"errorCode\":50126,\"failureReason\":\"Invalid\\nusername\"}",
                                 "{\"errorCode\":\"50126\",\"failureReason\":\"invalid\\nusername\"}",
                                 "{\"errorCode\":\" 7 \"}", "{\"errorCode\":\"x\"}", "{\"errorCode\":1.5}",
                                 "{\"errorCode\":5E4}", "{\"errorCode\":1e300}", "{\"errorCode\":-2147483648}",
                                 "{\"errorCode\":\"-2147483648\"}", "{\"errorCode\":2147483647}",
                                 "{\"errorCode\":null,\"failureReason\":\"nul\\u0000reason\"}", "{\"errorCode\":true}",
                                 "{\"failureReason\":\"Fehler \xc3\xa4\xc3\xb6\xc3\xbc\"}",
                                 "{\"errorCode\":53003,\"failureReason\":\"Blocked\",\"errorCode\":50053}", "null",
                                 "\"x\"", "[]"});
        if (chance(80))
            members << "\"location\":" +
                           pick({"{\"city\":\"Z\xc3\xbcrich\",\"countryOrRegion\":\"CH\"}",
                                 "{\"city\":\"Z\\u00fcrich\",\"countryOrRegion\":\"ch\"}",
                                 "{\"city\":\"z\xc3\xbcrich\",\"countryOrRegion\":\" CH\",\"geoCoordinates\":"
                                 "{\"latitude\":47.3,\"longitude\":-8.5e0}}",
                                 "{\"city\":\"\xe6\x9d\xb1\xe4\xba\xac\",\"countryOrRegion\":\"\\u004aP\"}",
                                 "{\"city\":null,\"countryOrRegion\":\"DE\"}", "{\"city\":\"Berlin\",\"city\":7}", "[]",
                                 "\"Berlin\"", "null"});
        if (chance(70))
            members << "\"deviceDetail\":" +
                           pick({"{\"operatingSystem\":\"Windows 10\",\"browser\":\"Edge 80.0.361\"}",
                                 "{\"operatingSystem\":\"windows 10\",\"browser\":\"\\u0045dge\"}",
                                 "{\"operatingSystem\":\"\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\",\"browser\":null}",
                                 "{\"operatingSystem\":\"\\ud800\",\"browser\":\"\\udfff\"}", "{}", "[]", "\"x\""});
        if (chance(30))
            members << "\"appliedConditionalAccessPolicies\":[{\"id\":\"a\",\"enforcedGrantControls\":[\"Block\"],"
                       "\"result\":\"failure\",\"displayName\":\"Block legacy auth \xe2\x80\x93 pilot\"}]";
        if (chance(10))
            members << "\"user\\u0050rincipalName\":" + upn(); // an escaped member name is still the member
        if (chance(5))
            members << "\"userPrincipalName\":" + upn(); // a repeated member counts with its last value
        std::shuffle(members.begin(), members.end(), m_rng);
        return '{' + members.join(',') + '}';
    }

    std::mt19937 m_rng;
    QList<QByteArray> m_ids;
    std::uint64_t m_next = 1;
};

} // namespace smtpaudit::test
