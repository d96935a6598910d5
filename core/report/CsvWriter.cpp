#include "report/CsvWriter.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

CsvWriter::CsvWriter(const QStringList& header)
    : m_data("\xEF\xBB\xBF")
    , m_columns(static_cast<int>(header.size()))
{
    appendRecord(header);
}

bool CsvWriter::looksLikeFormula(const QString& field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString CsvWriter::escapeField(const QString& field)
{
    QString value = field;
    bool quote = false;
    if (looksLikeFormula(value)) {
        value.prepend(u'\'');
        quote = true;
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        quote = true;
    if (!quote)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

void CsvWriter::addRow(const QStringList& fields)
{
    // A short row is padded and a long one kept whole: never drop data, never shift columns silently.
    QStringList padded = fields;
    while (padded.size() < m_columns)
        padded.append(QString());
    appendRecord(padded);
    ++m_rows;
}

void CsvWriter::appendRecord(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped.append(escapeField(field));
    m_data += escaped.join(u',').toUtf8();
    m_data += "\r\n";
}

} // namespace smtpaudit
