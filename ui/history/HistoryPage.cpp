#include "HistoryPage.h"

#include "DiffText.h"
#include "HistoryModel.h"
#include "common/Cards.h"
#include "common/Icons.h"
#include "common/RecordTable.h"
#include "common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

QList<HistoryEntry> loadEntries(const AuditStore& store)
{
    const AuditStore::LoadAllResult all = store.loadAll();
    QList<HistoryEntry> entries;
    for (const LoadedAudit& loaded : all.audits)
        entries << HistoryModel::summarise(loaded.file, loaded.audit);
    for (const AuditParseError& failure : all.failures) {
        HistoryEntry entry;
        entry.file.path = failure.path;
        for (const AuditFileInfo& info : store.list())
            if (info.path == failure.path)
                entry.file = info;
        entry.error = failure;
        entries << entry;
    }
    return entries;
}

} // namespace

HistoryPage::HistoryPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"historyPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(12);
    m_header = new PageHeader(tr("History"), tr("Saved audits and what changed from one to the next."), this);
    m_openButton = new QPushButton(themedIcon(u"export"_s), tr("Open in console"), m_header);
    m_openButton->setObjectName(u"openHistoricAudit"_s);
    m_openButton->setToolTip(tr("Show the selected audit on every page"));
    m_header->addTrailingWidget(m_openButton);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(u"history"_s, tr("No saved audits"),
                                      tr("Every audit you run is saved here, so the next one can show what "
                                         "changed."),
                                      m_stack));
    auto* splitter = new QSplitter(Qt::Vertical, m_stack);
    m_model = new HistoryModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Saved audits"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    setUpRecordTable(m_table, {13, 18, 5, 14, 11, 10});
    m_diff = new QTextBrowser(splitter);
    m_diff->setObjectName(u"historyDiff"_s);
    m_diff->setAccessibleName(tr("Changes since the previous audit"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    m_watcher = new QFutureWatcher<QList<HistoryEntry>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &HistoryPage::onLoaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::updateDiff);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && !m_model->entry(current.row()).error)
            emit openAuditRequested(m_model->entry(current.row()).file.path);
    });
    connect(m_table, &QAbstractItemView::activated, m_openButton, &QPushButton::click);
    m_openButton->setEnabled(false);
}

HistoryPage::~HistoryPage()
{
    m_watcher->waitForFinished();
}

void HistoryPage::setStore(const AuditStore* store)
{
    m_store = store;
    refresh();
}

void HistoryPage::refresh()
{
    if (!m_store) {
        m_model->setEntries({});
        m_stack->setCurrentIndex(0);
        return;
    }
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    const AuditStore store = *m_store; // a copy: the worker must not touch the caller's object
    m_watcher->setFuture(QtConcurrent::run([store] { return loadEntries(store); }));
}

void HistoryPage::onLoaded()
{
    m_loading = false;
    const QString selectedPath = m_table->currentIndex().data(HistoryModel::PathRole).toString();
    m_model->setEntries(m_watcher->result());
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    m_header->setSubtitle(
        tr("%n saved audit(s). Select one to see what changed since the one before.", nullptr, m_model->rowCount()));
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->entry(r).file.path == selectedPath)
            row = r;
    if (m_model->rowCount() > 0)
        selectRow(row);
    else
        updateDiff();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
        return;
    }
    emit refreshed();
}

void HistoryPage::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
    updateDiff();
}

QString HistoryPage::diffHtml() const
{
    return m_diff->toHtml();
}

void HistoryPage::updateDiff()
{
    const QModelIndex current = m_table->currentIndex();
    const QString muted = theme::mutedTextColor(palette()).name();
    m_openButton->setEnabled(current.isValid() && !m_model->entry(current.row()).error);
    if (!current.isValid() || !m_store) {
        m_diff->clear();
        return;
    }
    const HistoryEntry& entry = m_model->entry(current.row());
    if (entry.error) {
        m_diff->setHtml(u"<p>%1</p><p style=\"color:%2\">%3</p>"_s.arg(entry.error->error.message.toHtmlEscaped(),
                                                                       muted, entry.error->path.toHtmlEscaped()));
        return;
    }
    const int previousRow = m_model->previousOf(current.row());
    if (previousRow < 0) {
        m_diff->setHtml(u"<p style=\"color:%1\">%2</p>"_s.arg(
            muted, tr("The first saved audit of this tenant: nothing to compare with yet.").toHtmlEscaped()));
        return;
    }
    const auto newer = m_store->load(entry.file.path);
    const auto older = m_store->load(m_model->entry(previousRow).file.path);
    if (!newer.ok() || !older.ok()) {
        const AuditParseError& error = !newer.ok() ? newer.error() : older.error();
        m_diff->setHtml(u"<p>%1</p>"_s.arg(error.error.message.toHtmlEscaped()));
        return;
    }
    m_diff->setHtml(DiffText::html(diffAudits(older.value(), newer.value()), palette()));
}

} // namespace smtpaudit::ui
