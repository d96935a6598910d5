#include "RunPage.h"

#include "AuditWizard.h"
#include "common/Cards.h"
#include "common/CollectorText.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

enum Column
{
    NameColumn,
    StateColumn,
    ItemsColumn,
    RequestsColumn,
    EtaColumn,
};

QString etaText(qint64 etaMs)
{
    if (etaMs < 0)
        return Format::dash();
    const qint64 seconds = (etaMs + 999) / 1000;
    if (seconds < 60)
        return RunPage::tr("%n s", nullptr, int(seconds));
    return RunPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

RunPage::RunPage(AuditWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"runPage"_s);
    setTitle(tr("Run the audit"));
    setSubTitle(tr("Every collector reads its part of the tenant in parallel. A collector that fails leaves a "
                   "partial audit; the others go on."));

    m_state = new QLabel(this);
    m_state->setObjectName(u"runState"_s);
    m_overall = new QProgressBar(this);
    m_overall->setObjectName(u"overallProgress"_s);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setRange(0, 1000);
    m_overall->setTextVisible(false);

    m_collectors = new QTreeWidget(this);
    m_collectors->setObjectName(u"collectorsTree"_s);
    m_collectors->setAccessibleName(tr("Collectors"));
    m_collectors->setRootIsDecorated(false);
    m_collectors->setUniformRowHeights(true);
    m_collectors->setHeaderLabels({tr("Collector"), tr("State"), tr("Items"), tr("Requests"), tr("Time left")});
    m_collectors->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_collectors->header()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    // Numbers as wide as they need, right-aligned under right-aligned headers; the state (with an error's
    // explanation) gets the rest.
    for (int column : {ItemsColumn, RequestsColumn, EtaColumn}) {
        m_collectors->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_collectors->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_collectors->header()->setStretchLastSection(false);
    for (CollectorId id : allCollectors()) {
        auto* row = new QTreeWidgetItem(m_collectors, {CollectorText::displayName(id)});
        for (int column : {ItemsColumn, RequestsColumn, EtaColumn})
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        m_rows.insert(id, row);
    }

    m_banner = new Banner(this);
    m_banner->setObjectName(u"runBanner"_s);
    m_banner->setVisible(false);

    m_stop = new QPushButton(themedIcon(u"stop"_s), tr("S&top"), this);
    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setToolTip(tr("Stop the audit now; nothing is saved"));
    m_again = new QPushButton(themedIcon(u"refresh"_s), tr("Start a&gain"), this);
    m_again->setObjectName(u"startAgainButton"_s);
    m_again->setVisible(false);
    connect(m_stop, &QPushButton::clicked, this, &RunPage::stop);
    connect(m_again, &QPushButton::clicked, this, &RunPage::start);

    auto* top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_again);
    top->addWidget(m_stop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_overall);
    layout->addWidget(m_collectors, 1);
    layout->addWidget(m_banner);

    // The elapsed time and ETAs move even when no page arrives for a while.
    m_ticker = new QTimer(this);
    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &RunPage::onStateChanged);
}

void RunPage::initializePage()
{
    start();
}

void RunPage::cleanupPage()
{
    stop();
    QWizardPage::cleanupPage();
}

void RunPage::start()
{
    m_banner->setVisible(false);
    m_again->setVisible(false);
    m_stop->setEnabled(true);
    m_completion.clear();
    m_overall->setValue(0);
    for (QTreeWidgetItem* row : std::as_const(m_rows)) {
        for (int column = StateColumn; column <= EtaColumn; ++column)
            row->setText(column, QString());
        row->setText(StateColumn, tr("Waiting"));
        row->setIcon(StateColumn, QIcon());
        row->setToolTip(StateColumn, QString());
    }
    AuditRun* run = m_wizard->startRun();
    if (!run) {
        m_state->setText(tr("No tenant chosen."));
        m_stop->setEnabled(false);
        return;
    }
    connect(run, &AuditRun::stateChanged, this, &RunPage::onStateChanged);
    connect(run, &AuditRun::collectorProgress, this, &RunPage::onProgress);
    connect(run, &AuditRun::collectorFinished, this, &RunPage::onCollectorFinished);
    connect(run, &AuditRun::finished, this, &RunPage::onFinished);
    m_ticker->start();
    onStateChanged();
    emit completeChanged();
    if (!run->isRunning()) // it ended inside start() (a sign-in that failed at once): show that too
        onFinished();
}

void RunPage::stop()
{
    m_ticker->stop();
    if (AuditRun* run = m_wizard->run(); run && run->isRunning())
        run->cancel();
}

void RunPage::onProgress(CollectorId id, const CollectorProgress& progress, qint64 etaMs)
{
    QTreeWidgetItem* row = m_rows.value(id);
    if (!row)
        return;
    row->setText(StateColumn, tr("Reading…"));
    row->setText(ItemsColumn,
                 progress.expectedItems >= 0
                     ? tr("%1 of %2").arg(Format::count(progress.items), Format::count(progress.expectedItems))
                     : Format::count(progress.items));
    row->setText(RequestsColumn, Format::count(progress.requests));
    row->setText(EtaColumn, etaText(etaMs));
    m_completion.insert(id, std::max(0.0, progress.completion()));
    updateOverall();
}

void RunPage::onCollectorFinished(CollectorId id, const CollectorStatus& status)
{
    QTreeWidgetItem* row = m_rows.value(id);
    if (!row)
        return;
    row->setText(EtaColumn, QString());
    if (status.isComplete()) {
        row->setText(StateColumn, tr("Done"));
        row->setText(ItemsColumn, Format::count(status.itemCount));
        row->setIcon(StateColumn, tintedIcon(u"check"_s, theme::toneColor(theme::Tone::Good, palette())));
        row->setToolTip(StateColumn, status.source.query);
    } else if (status.error && status.error->category == Error::Category::Cancelled) {
        row->setText(StateColumn, tr("Stopped"));
    } else if (status.error) {
        const QString text = CollectorText::explain(*status.error);
        row->setText(StateColumn, text);
        row->setToolTip(StateColumn, text);
        const bool optional = !isRequiredCollector(id);
        row->setIcon(StateColumn,
                     tintedIcon(optional ? u"warning"_s : u"error"_s,
                                theme::toneColor(optional ? theme::Tone::Warning : theme::Tone::Bad, palette())));
    }
    m_completion.insert(id, 1.0);
    updateOverall();
}

void RunPage::updateOverall()
{
    double sum = 0;
    for (double value : std::as_const(m_completion))
        sum += value;
    m_overall->setValue(int(1000 * sum / std::max<qsizetype>(1, m_rows.size())));
}

void RunPage::onStateChanged()
{
    AuditRun* run = m_wizard->run();
    if (!run)
        return;
    const QString elapsed = tr("%n s", nullptr, int(run->elapsedMs() / 1000));
    switch (run->state()) {
    case AuditRun::State::Idle:
    case AuditRun::State::CheckingPermissions:
    case AuditRun::State::WaitingToCollect:
        m_state->setText(tr("Signing in…"));
        break;
    case AuditRun::State::Collecting: {
        const qint64 eta = run->overallEtaMs();
        m_state->setText(eta >= 0 ? tr("Collecting · %1 elapsed · about %2 left").arg(elapsed, etaText(eta))
                                  : tr("Collecting · %1 elapsed").arg(elapsed));
        break;
    }
    case AuditRun::State::Evaluating:
        m_state->setText(tr("Evaluating the best practices…"));
        m_overall->setValue(m_overall->maximum());
        break;
    case AuditRun::State::Finished:
        m_state->setText(tr("Finished in %1.").arg(elapsed));
        break;
    case AuditRun::State::Failed:
        m_state->setText(tr("The audit could not run."));
        break;
    case AuditRun::State::Cancelled:
        m_state->setText(tr("Cancelled: the audit was stopped and nothing was saved."));
        break;
    }
}

void RunPage::onFinished()
{
    m_ticker->stop();
    onStateChanged();
    AuditRun* run = m_wizard->run();
    m_stop->setEnabled(false);
    if (!run)
        return;
    if (run->state() == AuditRun::State::Failed && run->fatalError()) {
        m_banner->showMessage(theme::Tone::Bad, CollectorText::explain(*run->fatalError()));
        m_again->setVisible(true);
    } else if (run->state() == AuditRun::State::Cancelled) {
        m_again->setVisible(true);
    }
    emit completeChanged();
    if (run->state() == AuditRun::State::Finished && wizard()->currentPage() == this)
        wizard()->next();
}

bool RunPage::isComplete() const
{
    const AuditRun* run = m_wizard->run();
    return run && run->state() == AuditRun::State::Finished;
}

} // namespace smtpaudit::ui
