#include "audit/PowerShell.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::powershell {

namespace {

bool isSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2018 || u == 0x2019 || u == 0x201A || u == 0x201B;
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    // C0, DEL, C1, and the Unicode line/paragraph separators that some consoles render as line breaks.
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029;
}

} // namespace

QString quote(QStringView value)
{
    QStringList parts; // literal segments and [char] casts, joined with " + "
    QString literal = u"'"_s;
    bool spliced = false;
    for (QChar c : value) {
        if (isControl(c)) {
            literal += u'\'';
            parts << literal << u"[char]0x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0').toUpper();
            literal = u"'"_s;
            spliced = true;
            continue;
        }
        if (isSingleQuote(c))
            literal += c; // doubling escapes it
        literal += c;
    }
    literal += u'\'';
    if (!spliced)
        return literal;
    parts << literal;
    return u'(' + parts.join(u" + "_s) + u')';
}

QString array(const QStringList& values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString& value : values)
        quoted << quote(value);
    return u"@("_s + quoted.join(u',') + u')';
}

QStringList forEach(const QStringList& values, const std::function<QString(const QString&)>& command,
                    qsizetype maxSingleCommands)
{
    QStringList commands;
    if (values.isEmpty())
        return commands;
    if (values.size() <= maxSingleCommands) {
        for (const QString& value : values)
            commands << command(quote(value));
        return commands;
    }
    commands << array(values) + u" | ForEach-Object { "_s + command(u"$_"_s) + u" }"_s;
    return commands;
}

} // namespace smtpaudit::powershell
