#include "SummaryPage.h"

#include "AuditWizard.h"
#include "common/Cards.h"
#include "common/CollectorText.h"
#include "common/Format.h"
#include "common/Icons.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

constexpr Severity shownSeverities[] = {Severity::Critical, Severity::High, Severity::Medium, Severity::Low};

theme::Tone scoreTone(int score)
{
    return score >= 80 ? theme::Tone::Good
                       : (score >= 50 ? theme::Tone::Warning : theme::Tone::Bad); // as the dashboard
}

} // namespace

SummaryPage::SummaryPage(AuditWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"summaryPage"_s);
    setTitle(tr("Summary"));
    setSubTitle(tr("Finish to open the audit in the console."));
    setFinalPage(true);

    m_score = new SummaryCard(tr("Score"), this);
    m_score->setObjectName(u"scoreCard"_s);
    auto* grid = new QGridLayout;
    grid->addWidget(m_score, 0, 0, 1, 4);
    int column = 0;
    for (Severity severity : shownSeverities) {
        auto* card = new SummaryCard(severityDisplayName(severity), this);
        card->setObjectName(u"severityCard_"_s + severityName(severity));
        m_severities << card;
        grid->addWidget(card, 1, column++);
    }

    m_partial = new Banner(this);
    m_partial->setObjectName(u"partialBanner"_s);
    m_partial->setVisible(false);
    m_saved = new QLabel(this);
    m_saved->setObjectName(u"savedLabel"_s);
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::makeSubtle(m_saved);

    m_export = new QPushButton(themedIcon(u"export"_s), tr("&Export report…"), this);
    m_export->setObjectName(u"summaryExportButton"_s);
    m_export->setVisible(false); // shown once the application gave it a menu

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_partial);
    layout->addStretch(1);
    layout->addWidget(m_saved);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
}

void SummaryPage::initializePage()
{
    const ConsoleAudit& audit = m_wizard->audit();
    if (audit.isEmpty())
        return;
    const AuditResult& result = *audit.result;
    m_score->setValue(tr("%1 / 100").arg(result.score), scoreTone(result.score));
    m_score->setCaption(
        tr("%1 · %n mailbox(es) assessed", nullptr, int(result.mailboxes.size())).arg(audit.tenantLabel));

    for (int i = 0; i < m_severities.size(); ++i) {
        const Severity severity = shownSeverities[i];
        int issues = 0;
        int notChecked = 0;
        for (const Finding& finding : result.findings) {
            if (finding.severity != severity)
                continue;
            issues += finding.kind == FindingKind::Issue ? 1 : 0;
            notChecked += finding.kind == FindingKind::NotChecked ? 1 : 0;
        }
        m_severities[i]->setValue(Format::count(issues),
                                  issues > 0 ? theme::severityTone(severity) : theme::Tone::Neutral);
        m_severities[i]->setCaption(notChecked > 0 ? tr("%n not checked", nullptr, notChecked) : tr("findings"));
    }

    const QList<CollectorId> incomplete = result.snapshot.incompleteCollectors();
    if (incomplete.isEmpty()) {
        m_partial->setVisible(false);
    } else {
        QStringList lines{tr("Partial audit: %n part(s) of the tenant could not be read, so the checks that need "
                             "them are reported as not checked.",
                             nullptr, int(incomplete.size()))};
        for (CollectorId id : incomplete) {
            const CollectorStatus status = result.snapshot.status(id);
            lines << (status.error
                          ? tr("• %1: %2").arg(CollectorText::displayName(id), CollectorText::explain(*status.error))
                          : tr("• %1: not read").arg(CollectorText::displayName(id)));
        }
        QStringList notChecked;
        for (const Finding& finding : result.findings)
            if (finding.kind == FindingKind::NotChecked)
                notChecked << finding.title;
        if (!notChecked.isEmpty())
            lines << tr("Not checked: %1.").arg(notChecked.join(u"; "_s));
        m_partial->showMessage(theme::Tone::Warning, lines.join(u'\n'));
    }

    const AuditRun* run = m_wizard->run();
    if (run && run->savedTo()) {
        const Result<QString>& saved = *run->savedTo();
        m_saved->setText(saved.ok() ? tr("Saved to the history: %1").arg(saved.value())
                                    : tr("Not saved to the history: %1").arg(saved.error().message));
    } else {
        m_saved->setText(tr("Not saved to the history."));
    }
    m_export->setVisible(m_export->menu() != nullptr);
}

} // namespace smtpaudit::ui
