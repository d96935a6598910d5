#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace smtpaudit {
struct AuditResult;
}

namespace smtpaudit::ui {

// The audit report as PDF for management: text stays text (searchable, selectable), charts are vector
// graphics, every page has a header and "page n of N", table headers repeat across pages.
// Needs a QGuiApplication (fonts); the CLI creates one on the offscreen platform.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    struct Written
    {
        int pages = 0;
        qint64 bytes = 0;
    };

    // `auditJson` is the exact audit data the report is made from; its SHA-256 is printed in the appendix.
    static Result<Written> writePdf(const AuditResult& result, const QByteArray& auditJson, const QString& path);
};

} // namespace smtpaudit::ui
