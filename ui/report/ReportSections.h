#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace smtpaudit {
struct AuditResult;
}

namespace smtpaudit::ui::report {

class ReportBuilder;

// The sections of the audit report, in order. Each reads the AuditResult only.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(ReportSections)

public:
    ReportSections(ReportBuilder& builder, const AuditResult& result);

    void cover();
    void executiveSummary();
    void findings();
    void mailboxes();
    void mfaCoverage();
    void signIns();
    void rotation();
    void changes();
    void appendix(const QByteArray& auditJsonSha256Hex);

private:
    void remediation(const QStringList& commands);

    ReportBuilder& m_builder;
    const AuditResult& m_result;
};

} // namespace smtpaudit::ui::report
