#include "MfaPage.h"

#include "MfaModel.h"
#include "common/Cards.h"
#include "common/Format.h"
#include "common/RecordTable.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

MfaPage::MfaPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"mfaPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(12);
    m_header =
        new PageHeader(tr("Multi-factor authentication"), tr("Who has MFA registered, and what requires it."), this);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(u"shield"_s, tr("No MFA data yet"),
                                      tr("Run an audit to see MFA registration and enforcement for every account."),
                                      m_stack));
    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_registeredCard = new SummaryCard(tr("MFA registered"), content);
    m_capableCard = new SummaryCard(tr("MFA capable"), content);
    m_enforcedCard = new SummaryCard(tr("MFA required"), content);
    m_adminCard = new SummaryCard(tr("Admins without MFA"), content);
    for (SummaryCard* card : {m_registeredCard, m_capableCard, m_enforcedCard, m_adminCard})
        cards->addWidget(card);
    contentLayout->addLayout(cards);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(16);
    auto* scopeLabel = new QLabel(tr("Leave out:"), content);
    m_excludeShared = new QCheckBox(tr("&Shared, room and equipment mailboxes"), content);
    m_excludeShared->setObjectName(u"excludeShared"_s);
    m_excludeDisabled = new QCheckBox(tr("&Disabled accounts"), content);
    m_excludeDisabled->setObjectName(u"excludeDisabled"_s);
    m_excludeGuests = new QCheckBox(tr("&Guests"), content);
    m_excludeGuests->setObjectName(u"excludeGuests"_s);
    filters->addWidget(scopeLabel);
    for (QCheckBox* box : {m_excludeShared, m_excludeDisabled, m_excludeGuests}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &MfaPage::applyScope);
        filters->addWidget(box);
    }
    filters->addStretch(1);
    contentLayout->addLayout(filters);

    m_model = new MfaModel(this);
    m_table = new QTableView(content);
    m_table->setObjectName(u"mfaTable"_s);
    m_table->setAccessibleName(tr("Accounts and their MFA"));
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    setUpRecordTable(m_table, {22, 14, 7, 7, 6, 20, 8, 17, 5});
    contentLayout->addWidget(m_table, 1);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);
    setAudit({});
}

void MfaPage::setAudit(const ConsoleAudit& audit)
{
    m_audit = audit;
    m_model->setAccounts(audit.isEmpty() ? QList<MfaAccount>() : MfaCoverage::accounts(*audit.result));
    m_stack->setCurrentIndex(audit.isEmpty() ? 0 : 1);
    applyScope();
}

void MfaPage::applyScope()
{
    MfaScope scope;
    scope.excludeSharedAndResources = m_excludeShared->isChecked();
    scope.excludeDisabled = m_excludeDisabled->isChecked();
    scope.excludeGuests = m_excludeGuests->isChecked();
    m_model->setScope(scope);
    m_totals = MfaCoverage::totals(m_model->allAccounts(), scope);
    const MfaTotals& t = m_totals;
    auto tone = [&t](int part) {
        if (t.accounts == 0)
            return theme::Tone::Neutral;
        const double share = double(part) / t.accounts;
        return share >= 0.95 ? theme::Tone::Good : (share >= 0.7 ? theme::Tone::Warning : theme::Tone::Bad);
    };
    m_registeredCard->setValue(Format::percent(t.registered, t.accounts), tone(t.registered));
    m_registeredCard->setCaption(tr("%1 of %2 accounts").arg(Format::count(t.registered), Format::count(t.accounts)));
    m_capableCard->setValue(Format::percent(t.capable, t.accounts), tone(t.capable));
    m_capableCard->setCaption(tr("%1 can complete an MFA prompt").arg(Format::count(t.capable)));
    m_enforcedCard->setValue(Format::percent(t.enforced, t.accounts), tone(t.enforced));
    m_enforcedCard->setCaption(
        tr("per-user %1 · Conditional Access %2 · security defaults %3")
            .arg(Format::count(t.perUser), Format::count(t.conditionalAccess), Format::count(t.securityDefaults)));
    m_adminCard->setValue(QString::number(t.adminsWithoutMfa),
                          t.adminsWithoutMfa > 0 ? theme::Tone::Critical : theme::Tone::Good);
    m_adminCard->setCaption(tr("of %n administrator(s)", nullptr, t.admins));
    m_header->setSubtitle(
        tr("%1 accounts in scope. Administrators are listed first and highlighted.").arg(Format::count(t.accounts)));
}

} // namespace smtpaudit::ui
