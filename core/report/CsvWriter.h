#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace smtpaudit {

// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled.
// Tenant data is hostile input: a cell starting with =, +, -, @ (or a tab/CR that some spreadsheets skip)
// would run as a formula when the file is opened, so such cells get a leading apostrophe (the OWASP "CSV
// injection" advice) and are quoted. Output is UTF-8 with a byte-order mark so spreadsheet programs
// detect the encoding of non-Latin names.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList& header);

    void addRow(const QStringList& fields);
    int rowCount() const { return m_rows; }
    int columnCount() const { return m_columns; }
    QByteArray data() const { return m_data; }

    static QString escapeField(const QString& field);
    static bool looksLikeFormula(const QString& field);

private:
    void appendRecord(const QStringList& fields);

    QByteArray m_data;
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace smtpaudit
