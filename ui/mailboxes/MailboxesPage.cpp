#include "MailboxesPage.h"

#include "MailboxDetails.h"
#include "MailboxFilterModel.h"
#include "MailboxTableModel.h"
#include "common/Cards.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/RecordTable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

struct QuickFilterSpec
{
    MailboxTableModel::QuickFilter filter;
    const char* objectName;
};

constexpr QuickFilterSpec quickFilterSpecs[] = {
    {MailboxTableModel::EffectivelyOn, "quickFilterEffectivelyOn"},
    {MailboxTableModel::OnButIdle, "quickFilterOnButIdle"},
    {MailboxTableModel::NoMfa, "quickFilterNoMfa"},
    {MailboxTableModel::StalePassword, "quickFilterStalePassword"},
    {MailboxTableModel::Admins, "quickFilterAdmins"},
};

} // namespace

MailboxesPage::MailboxesPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"mailboxesPage"_s);
    m_model = new MailboxTableModel(this);
    m_filter = new MailboxFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(12);
    m_header = new PageHeader(tr("Mailboxes"), tr("Every mailbox with its effective SMTP AUTH state and why."), this);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(this);
    auto* empty = new EmptyState(u"mailbox"_s, tr("No audit yet"),
                                 tr("Run an audit to list every mailbox and whether a password still works over "
                                    "SMTP AUTH."),
                                 m_stack);
    m_stack->addWidget(empty);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(createToolbar());

    m_table = new QTableView(content);
    m_table->setObjectName(u"mailboxTable"_s);
    m_table->setAccessibleName(tr("Mailboxes"));
    m_table->setModel(m_filter);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MailboxTableModel::Mailbox, Qt::AscendingOrder);
    setUpRecordTable(m_table, {22, 14, 7, 18, 9, 13, 10, 13, 6, 9, 5});

    m_details = new QTextBrowser(content);
    m_details->setObjectName(u"mailboxDetails"_s);
    m_details->setAccessibleName(tr("Mailbox details"));
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(280);

    auto* splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setObjectName(u"mailboxSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 340});
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);

    createActions();
    connect(m_table, &QWidget::customContextMenuRequested, this, &MailboxesPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MailboxesPage::updateDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        // A reset replaces the selection model's state; keep following the current row.
        updateDetails();
    });
    connect(m_filter, &MailboxFilterModel::filterApplied, this, &MailboxesPage::updateCount);
    setAudit({});
}

QWidget* MailboxesPage::createToolbar()
{
    // Two rows: the filter box gets the width its whole placeholder needs (German's is half again as long as
    // English's) and the quick filters their own line, instead of squeezing all three into one.
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    rows->addLayout(filterRow);
    rows->addLayout(row);

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(u"mailboxFilter"_s);
    m_filterEdit->setAccessibleName(tr("Filter mailboxes"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, address, type, verdict or policy  (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(themedIcon(u"search"_s), QLineEdit::LeadingPosition);
    // The placeholder, the search icon, the clear button and the frame's margins.
    const int placeholderWidth = m_filterEdit->fontMetrics().horizontalAdvance(m_filterEdit->placeholderText());
    m_filterEdit->setMinimumWidth(std::clamp(placeholderWidth + 3 * m_filterEdit->sizeHint().height(), 300, 640));
    connect(m_filterEdit, &QLineEdit::textChanged, this, &MailboxesPage::setFilterText);
    filterRow->addWidget(m_filterEdit, 1);

    auto* quickLabel = new QLabel(tr("Show only:"), bar);
    row->addWidget(quickLabel);
    for (const QuickFilterSpec& spec : quickFilterSpecs) {
        auto* button = new QToolButton(bar);
        button->setObjectName(QString::fromLatin1(spec.objectName));
        button->setText(MailboxTableModel::quickFilterName(spec.filter));
        button->setAccessibleName(MailboxTableModel::quickFilterName(spec.filter));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setProperty("quickFilter", uint(spec.filter));
        button->setFocusPolicy(Qt::StrongFocus);
        connect(button, &QToolButton::toggled, this, &MailboxesPage::onQuickFilterToggled);
        m_quickButtons << button;
        row->addWidget(button);
    }
    row->addStretch(1);
    filterRow->addSpacing(12);
    m_count = new QLabel(bar);
    m_count->setObjectName(u"mailboxCount"_s);
    filterRow->addWidget(m_count);
    filterRow->addStretch(1);
    return bar;
}

void MailboxesPage::createActions()
{
    auto* focusFilter = new QAction(tr("Filter mailboxes"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(focusFilter);

    m_sendTest = new QAction(themedIcon(u"send"_s), tr("Send test from this mailbox…"), this);
    m_sendTest->setObjectName(u"sendTestAction"_s);
    connect(m_sendTest, &QAction::triggered, this, [this] {
        if (const QString upn = currentMailbox(); !upn.isEmpty())
            emit sendTestRequested(upn);
    });
    m_copyRemediation = new QAction(themedIcon(u"terminal"_s), tr("Copy PowerShell remediation"), this);
    m_copyRemediation->setObjectName(u"copyRemediationAction"_s);
    m_copyRemediation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyRemediation->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyRemediation, &QAction::triggered, this, [this] {
        const QString text = remediationForCurrent();
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    m_table->addAction(m_copyRemediation);
    m_showSignIns = new QAction(themedIcon(u"chart"_s), tr("Show its sign-ins"), this);
    m_showSignIns->setObjectName(u"showSignInsAction"_s);
    connect(m_showSignIns, &QAction::triggered, this, [this] {
        if (const QString upn = currentMailbox(); !upn.isEmpty())
            emit showSignInsRequested(upn);
    });
    m_copyUpn = new QAction(themedIcon(u"copy"_s), tr("Copy address"), this);
    m_copyUpn->setShortcut(QKeySequence::Copy);
    m_copyUpn->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyUpn, &QAction::triggered, this, [this] {
        if (const QString upn = currentMailbox(); !upn.isEmpty())
            QApplication::clipboard()->setText(upn);
    });
    m_table->addAction(m_copyUpn);
}

void MailboxesPage::setAudit(const ConsoleAudit& audit)
{
    m_audit = audit;
    m_model->setAudit(audit.result);
    m_stack->setCurrentIndex(audit.isEmpty() ? 0 : 1);
    m_sendTest->setEnabled(!audit.isEmpty());
    if (!audit.isEmpty()) {
        qint64 on = 0;
        for (const MailboxAssessment& row : audit.result->mailboxes)
            on += row.smtpAuth.verdict == SmtpAuthVerdict::Enabled;
        m_header->setSubtitle(tr("%1 mailboxes · %2 accept a password over SMTP AUTH")
                                  .arg(Format::count(audit.result->mailboxes.size()), Format::count(on)));
        if (m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, 0));
    }
    updateCount(m_filter->rowCount());
    updateDetails();
}

void MailboxesPage::setFilterText(const QString& text)
{
    if (m_filterEdit->text() != text) {
        m_filterEdit->setText(text); // re-enters through textChanged
        return;
    }
    const QString current = currentMailbox();
    m_filter->setFilterText(text);
    restoreCurrent(current);
}

void MailboxesPage::setQuickFilters(quint32 filters)
{
    for (QToolButton* button : std::as_const(m_quickButtons)) {
        const QSignalBlocker blocker(button);
        button->setChecked(filters & button->property("quickFilter").toUInt());
    }
    const QString current = currentMailbox();
    m_filter->setQuickFilters(filters);
    restoreCurrent(current);
}

void MailboxesPage::onQuickFilterToggled()
{
    quint32 filters = 0;
    for (QToolButton* button : std::as_const(m_quickButtons))
        if (button->isChecked())
            filters |= button->property("quickFilter").toUInt();
    const QString current = currentMailbox();
    m_filter->setQuickFilters(filters);
    restoreCurrent(current);
}

void MailboxesPage::restoreCurrent(const QString& upn)
{
    if (upn.isEmpty())
        return;
    const int sourceRow = m_model->rowOfUpn(upn);
    if (sourceRow < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (proxy.isValid()) {
        m_table->setCurrentIndex(proxy);
        m_table->scrollTo(proxy);
    }
}

bool MailboxesPage::selectMailbox(const QString& userPrincipalName)
{
    const int sourceRow = m_model->rowOfUpn(userPrincipalName);
    if (sourceRow < 0)
        return false;
    QModelIndex proxy = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxy.isValid()) {
        m_filterEdit->clear();
        setQuickFilters(0);
        proxy = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(proxy);
    m_table->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    return proxy.isValid();
}

QString MailboxesPage::currentMailbox() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(0).data(MailboxTableModel::UpnRole).toString();
}

QString MailboxesPage::remediationForCurrent() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const MailboxAssessment& row = m_model->mailbox(m_filter->sourceRow(current.row()));
    return MailboxDetails::remediation(row).join(u'\n') + u'\n';
}

void MailboxesPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_sendTest);
    menu.addAction(m_copyRemediation);
    menu.addAction(m_showSignIns);
    menu.addSeparator();
    menu.addAction(m_copyUpn);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MailboxesPage::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const bool has = current.isValid() && !m_audit.isEmpty();
    m_sendTest->setEnabled(has);
    m_copyRemediation->setEnabled(has);
    m_showSignIns->setEnabled(has);
    if (!has) {
        m_details->setHtml(u"<p style=\"color:%1\">%2</p>"_s.arg(
            theme::mutedTextColor(palette()).name(), tr("Select a mailbox to see why its SMTP AUTH is on or off.")));
        return;
    }
    const MailboxAssessment& row = m_model->mailbox(m_filter->sourceRow(current.row()));
    m_details->setHtml(MailboxDetails::html(row, *m_audit.result, palette()));
}

void MailboxesPage::updateCount(int visible)
{
    const int total = m_model->rowCount();
    m_count->setText(visible == total ? tr("%1 mailboxes").arg(Format::count(total))
                                      : tr("%1 of %2 mailboxes").arg(Format::count(visible), Format::count(total)));
}

} // namespace smtpaudit::ui
