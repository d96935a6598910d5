#include "SignInsPage.h"

#include "SignInCharts.h"
#include "SignInEventModel.h"
#include "common/Cards.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/RecordTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

// A rounded "filter chip": a label and a button that removes the filter.
QWidget* makeChip(const QString& objectName, QLabel** label, QToolButton** clear, QWidget* parent)
{
    auto* chip = new Panel(parent);
    chip->setObjectName(objectName);
    chip->setTone(theme::Tone::Accent);
    chip->setFilled(true);
    auto* row = new QHBoxLayout(chip);
    row->setContentsMargins(10, 2, 4, 2);
    row->setSpacing(4);
    *label = new QLabel(chip);
    *clear = new QToolButton(chip);
    (*clear)->setObjectName(objectName + u"Clear"_s);
    (*clear)->setIcon(themedIcon(u"clear"_s));
    (*clear)->setAutoRaise(true);
    (*clear)->setIconSize(QSize(14, 14));
    row->addWidget(*label);
    row->addWidget(*clear);
    chip->setVisible(false);
    return chip;
}

} // namespace

SignInsPage::SignInsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"signInsPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(12);

    m_header =
        new PageHeader(tr("Sign-ins"), tr("SMTP and legacy-protocol sign-ins from the Entra sign-in log."), this);
    m_scopeBox = new QComboBox(m_header);
    m_scopeBox->setObjectName(u"signInScope"_s);
    m_scopeBox->setAccessibleName(tr("Which sign-ins"));
    m_scopeBox->addItem(tr("Authenticated SMTP"), int(Scope::Smtp));
    m_scopeBox->addItem(tr("All legacy protocols"), int(Scope::Legacy));
    m_scopeBox->addItem(tr("Every collected sign-in"), int(Scope::All));
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setScope(Scope(m_scopeBox->itemData(index).toInt())); });
    m_header->addTrailingWidget(m_scopeBox);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(u"chart"_s, tr("No sign-ins to show"),
                             tr("Run an audit with the sign-in check to chart SMTP and legacy sign-ins."), m_stack);
    m_stack->addWidget(m_empty);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_eventsCard = new SummaryCard(tr("Sign-ins"), content);
    m_failuresCard = new SummaryCard(tr("Failed"), content);
    m_usersCard = new SummaryCard(tr("Accounts"), content);
    m_sprayCard = new SummaryCard(tr("Password-spray bursts"), content);
    m_sprayCard->setClickable(true);
    for (SummaryCard* card : {m_eventsCard, m_failuresCard, m_usersCard, m_sprayCard})
        cards->addWidget(card);
    contentLayout->addLayout(cards);

    auto* splitter = new QSplitter(Qt::Vertical, content);
    splitter->setObjectName(u"signInSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_charts = new SignInCharts(splitter);
    connect(m_charts, &SignInCharts::selectionRequested, this, &SignInsPage::applySelection);
    connect(m_sprayCard, &SummaryCard::clicked, this, [this] { m_charts->setCurrentIndex(m_charts->count() - 1); });

    auto* eventsPane = new QWidget(splitter);
    auto* eventsLayout = new QVBoxLayout(eventsPane);
    eventsLayout->setContentsMargins(0, 6, 0, 0);
    eventsLayout->setSpacing(6);
    auto* chipRow = new QHBoxLayout;
    chipRow->setSpacing(8);
    m_eventsTitle = new QLabel(eventsPane);
    theme::makeHeading(m_eventsTitle, 1.1);
    chipRow->addWidget(m_eventsTitle);
    QToolButton* clearUser = nullptr;
    QToolButton* clearSelectionButton = nullptr;
    m_userChip = makeChip(u"userChip"_s, &m_userChipLabel, &clearUser, eventsPane);
    m_selectionChip = makeChip(u"selectionChip"_s, &m_selectionChipLabel, &clearSelectionButton, eventsPane);
    clearUser->setAccessibleName(tr("Show every user"));
    clearSelectionButton->setAccessibleName(tr("Clear the chart selection"));
    connect(clearUser, &QToolButton::clicked, this, [this] { showUser({}); });
    connect(clearSelectionButton, &QToolButton::clicked, this, &SignInsPage::clearSelection);
    chipRow->addWidget(m_userChip);
    chipRow->addWidget(m_selectionChip);
    chipRow->addStretch(1);
    auto* hint = new QLabel(tr("Click a bar or a row above to narrow this list."), eventsPane);
    theme::makeSubtle(hint);
    chipRow->addWidget(hint);
    eventsLayout->addLayout(chipRow);

    m_events = new SignInEventModel(this);
    m_table = new QTableView(eventsPane);
    m_table->setObjectName(u"signInEventTable"_s);
    m_table->setAccessibleName(tr("Sign-in events"));
    m_table->setModel(m_events);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    setUpRecordTable(m_table, {13, 20, 12, 9, 24, 10, 6, 10}, 8);
    eventsLayout->addWidget(m_table, 1);

    splitter->addWidget(m_charts);
    splitter->addWidget(eventsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);
    setAudit({});
}

void SignInsPage::setAudit(const ConsoleAudit& audit)
{
    m_audit = audit;
    m_selection.reset();
    m_user.clear();
    if (audit.isEmpty()) {
        m_empty->setText(tr("Run an audit with the sign-in check to chart SMTP and legacy sign-ins."));
    } else if (!audit.signIns) {
        const CollectorStatus status = audit.result->snapshot.status(CollectorId::SignIns);
        if (status.state == CollectorStatus::State::Failed && status.error)
            m_empty->setText(tr("The sign-in log could not be read: %1").arg(status.error->message));
        else
            m_empty->setText(tr("This audit was loaded from the history, which keeps the sign-in totals but not "
                                "the individual events. Run the audit again to chart them."));
    }
    const int days = audit.isEmpty() ? 30 : audit.result->snapshot.signIns.window.days;
    m_header->setSubtitle(
        tr("SMTP and legacy-protocol sign-ins of the last %n day(s), from the Entra sign-in log.", nullptr, days));
    m_stack->setCurrentIndex(audit.signIns ? 1 : 0);
    recompute();
}

void SignInsPage::setScope(Scope scope)
{
    const int index = m_scopeBox->findData(int(scope));
    if (m_scopeBox->currentIndex() != index) {
        m_scopeBox->setCurrentIndex(index); // re-enters through currentIndexChanged
        return;
    }
    m_scope = scope;
    m_selection.reset();
    recompute();
}

void SignInsPage::showUser(const QString& userPrincipalName)
{
    m_user = userPrincipalName;
    m_selection.reset();
    recompute();
}

std::optional<SignInView> SignInsPage::baseView() const
{
    if (!m_audit.signIns)
        return std::nullopt;
    SignInFilter filter;
    const SignInWindow& window = m_audit.result->snapshot.signIns.window;
    if (window.from.isValid())
        filter.fromMs = window.from.toMSecsSinceEpoch();
    switch (m_scope) {
    case Scope::Smtp:
        filter.protocol = ProtocolScope::AuthenticatedSmtp;
        break;
    case Scope::Legacy:
        filter.protocol = ProtocolScope::Legacy;
        break;
    case Scope::All:
        break;
    }
    filter.userPrincipalName = m_user;
    return SignInView::filtered(*m_audit.signIns, filter);
}

void SignInsPage::recompute()
{
    const std::optional<SignInView> view = baseView();
    m_chartData = view ? SignInChartData::compute(*view) : SignInChartData{};
    m_charts->setData(m_chartData);

    m_eventsCard->setValue(Format::count(m_chartData.events));
    m_eventsCard->setCaption(tr("%1 successful").arg(Format::count(m_chartData.successes)));
    m_failuresCard->setValue(Format::count(m_chartData.failures),
                             m_chartData.failures > 0 ? theme::Tone::Warning : theme::Tone::Good);
    m_failuresCard->setCaption(Format::percent(m_chartData.failures, m_chartData.events));
    m_usersCard->setValue(Format::count(m_chartData.distinctUsers));
    m_usersCard->setCaption(tr("%n source address(es) in the top list", nullptr, int(m_chartData.topIps.size())));
    m_sprayCard->setValue(QString::number(m_chartData.sprayBursts.size()),
                          m_chartData.sprayBursts.empty() ? theme::Tone::Good : theme::Tone::Critical);
    m_sprayCard->setCaption(m_chartData.sprayBursts.empty() ? tr("none detected")
                                                            : tr("one address against many accounts"));
    updateEvents();
}

void SignInsPage::applySelection(const SignInSelection& selection)
{
    m_selection = selection;
    updateEvents();
}

void SignInsPage::clearSelection()
{
    m_selection.reset();
    updateEvents();
}

void SignInsPage::updateEvents()
{
    std::optional<SignInView> view = baseView();
    if (view && m_selection)
        view = view->refined(m_selection->filter);
    m_events->setView(m_audit.signIns, std::move(view));
    m_eventsTitle->setText(tr("Events (%1)").arg(Format::count(m_events->rowCount())));
    updateChips();
}

void SignInsPage::updateChips()
{
    m_userChip->setVisible(!m_user.isEmpty());
    m_userChipLabel->setText(tr("User: %1").arg(m_user));
    m_userChip->setAccessibleName(m_userChipLabel->text());
    m_selectionChip->setVisible(m_selection.has_value());
    m_selectionChipLabel->setText(m_selection ? m_selection->label : QString());
    m_selectionChip->setAccessibleName(m_selectionChipLabel->text());
}

} // namespace smtpaudit::ui
