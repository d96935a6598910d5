#include "EnglishPlurals.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

QString EnglishPlurals::resolve(const QString& text, int n)
{
    if (!text.contains(u'('))
        return text;
    const bool one = n == 1;
    QString result = text;
    // "policy(ies)" -> "policy" / "policies"; only after a letter, so "(s)" alone stays as written.
    static const QRegularExpression ies(u"(?<=\\p{L})y\\(ies\\)"_s);
    static const QRegularExpression es(u"(?<=\\p{L})\\(es\\)"_s);
    static const QRegularExpression s(u"(?<=\\p{L})\\(s\\)"_s);
    result.replace(ies, one ? u"y"_s : u"ies"_s);
    result.replace(es, one ? QString() : u"es"_s);
    result.replace(s, one ? QString() : u"s"_s);
    return result;
}

QString EnglishPlurals::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    if (n < 0 || !sourceText)
        return {}; // a null string: Qt asks the next translator or keeps the source text
    const QString source = QString::fromUtf8(sourceText);
    const QString resolved = resolve(source, n);
    // Null when nothing changed, so a later catalogue (or the source) is used as usual; Qt replaces %n.
    return resolved == source ? QString() : resolved;
}

} // namespace smtpaudit::ui
