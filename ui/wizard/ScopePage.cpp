#include "ScopePage.h"

#include "AuditWizard.h"
#include "audit/CidrRange.h"
#include "common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

ScopePage::ScopePage(AuditWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"scopePage"_s);
    setTitle(tr("Scope"));
    setSubTitle(tr("Every check runs. Choose how far back sign-ins are read and what counts as expected."));

    m_signInDays = new QSpinBox(this);
    m_signInDays->setObjectName(u"signInDaysSpin"_s);
    m_signInDays->setRange(1, 30);
    m_signInDays->setSuffix(tr(" days"));
    m_signInDays->setAccessibleName(tr("Sign-in window in days"));
    m_signInDays->setToolTip(tr("Entra ID keeps sign-in logs for 30 days (with an Entra ID P1 licence)."));

    m_signInScope = new QComboBox(this);
    m_signInScope->setObjectName(u"signInScopeCombo"_s);
    m_signInScope->setAccessibleName(tr("Which sign-ins to read"));
    m_signInScope->addItem(tr("SMTP and other legacy protocols"), int(GraphQuery::SignInScope::LegacyProtocols));
    m_signInScope->addItem(tr("All sign-ins (slower in large tenants)"), int(GraphQuery::SignInScope::Everything));

    m_ranges = new QPlainTextEdit(this);
    m_ranges->setObjectName(u"sendingRangesEdit"_s);
    m_ranges->setAccessibleName(tr("Sending IP ranges"));
    m_ranges->setPlaceholderText(tr("One CIDR range per line, e.g. 203.0.113.0/24 or 2001:db8::/48"));
    m_ranges->setTabChangesFocus(true);
    m_ranges->setMaximumHeight(m_ranges->fontMetrics().lineSpacing() * 6);
    m_rangesError = new QLabel(this);
    m_rangesError->setObjectName(u"rangesError"_s);
    m_rangesError->setWordWrap(true);
    m_rangesError->setVisible(false);
    connect(m_ranges, &QPlainTextEdit::textChanged, this, [this] {
        QStringList invalid;
        ranges(&invalid);
        m_rangesError->setText(invalid.isEmpty() ? QString() : tr("Not a CIDR range: %1").arg(invalid.join(u", "_s)));
        QPalette p = m_rangesError->palette();
        p.setColor(QPalette::WindowText, theme::toneColor(theme::Tone::Bad, palette()));
        m_rangesError->setPalette(p);
        m_rangesError->setVisible(!invalid.isEmpty());
        emit completeChanged();
    });

    m_rotation = new QSpinBox(this);
    m_rotation->setObjectName(u"rotationSpin"_s);
    m_rotation->setRange(7, 730);
    m_rotation->setSuffix(tr(" days"));
    m_rotation->setAccessibleName(tr("Password rotation period in days"));

    m_batching = new QCheckBox(tr("Use JSON &batching (fewer requests; turn off only to diagnose)"), this);
    m_batching->setObjectName(u"batchingCheck"_s);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(u"blockedChecks"_s);
    m_blocked->setWordWrap(true);
    theme::makeSubtle(m_blocked);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Sign-in &window:"), m_signInDays);
    form->addRow(tr("Sign-ins to &read:"), m_signInScope);
    form->addRow(tr("Expected sending &IP ranges:"), m_ranges);
    form->addRow(QString(), m_rangesError);
    form->addRow(tr("Password &rotation period:"), m_rotation);
    form->addRow(QString(), m_batching);
    form->addRow(QString(), m_blocked);
}

void ScopePage::initializePage()
{
    const AuditScope& scope = m_wizard->scope();
    m_signInDays->setValue(scope.collectors.signInDays);
    m_signInScope->setCurrentIndex(std::max(0, m_signInScope->findData(int(scope.collectors.signInScope))));
    QStringList ranges = scope.sendingRanges;
    if (TenantConnection* connection = m_wizard->connection(); connection && ranges.isEmpty())
        ranges = connection->request().profile.sendingRanges;
    m_ranges->setPlainText(ranges.join(u'\n'));
    m_rotation->setValue(scope.rotationPeriodDays);
    m_batching->setChecked(scope.collectors.batching);

    QStringList blocked;
    if (const auto& permissions = m_wizard->permissions())
        for (AuditCheck check : allAuditChecks())
            if (permissions->report.blocks(check))
                blocked << auditCheckName(check);
    m_blocked->setText(blocked.isEmpty() ? QString()
                                         : tr("Not checked for lack of permissions: %1.").arg(blocked.join(u", "_s)));
    m_blocked->setVisible(!blocked.isEmpty());
}

QStringList ScopePage::ranges(QStringList* invalid) const
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    const QStringList entries = m_ranges->toPlainText().split(separators, Qt::SkipEmptyParts);
    QStringList valid;
    for (const QString& entry : entries) {
        if (CidrRange::parse(entry))
            valid << entry;
        else if (invalid)
            *invalid << entry;
    }
    return valid;
}

bool ScopePage::isComplete() const
{
    QStringList invalid;
    ranges(&invalid);
    return invalid.isEmpty();
}

bool ScopePage::validatePage()
{
    AuditScope scope = m_wizard->scope();
    scope.collectors.signInDays = m_signInDays->value();
    scope.collectors.signInScope = static_cast<GraphQuery::SignInScope>(m_signInScope->currentData().toInt());
    scope.collectors.batching = m_batching->isChecked();
    scope.sendingRanges = ranges(nullptr);
    scope.rotationPeriodDays = m_rotation->value();
    m_wizard->setScope(scope);
    return true;
}

} // namespace smtpaudit::ui
