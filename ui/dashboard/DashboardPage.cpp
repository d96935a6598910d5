#include "DashboardPage.h"

#include "audit/Clock.h"
#include "audit/Rules.h"
#include "common/Cards.h"
#include "common/CollectorText.h"
#include "common/DayAxis.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/Practices.h"
#include "mailboxes/MailboxTableModel.h"
#include "rotation/RotationModel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

QString scoreWord(int score)
{
    if (score >= 90)
        return DashboardPage::tr("Good");
    if (score >= 70)
        return DashboardPage::tr("Fair");
    if (score >= 40)
        return DashboardPage::tr("Poor");
    return DashboardPage::tr("Critical");
}

theme::Tone scoreTone(int score)
{
    return score >= 80 ? theme::Tone::Good : (score >= 50 ? theme::Tone::Warning : theme::Tone::Bad);
}

} // namespace

DashboardPage::DashboardPage(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(u"dashboardPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(12);
    m_header = new PageHeader(tr("Dashboard"), tr("SMTP AUTH posture of your Microsoft 365 tenant."), this);
    layout->addWidget(m_header);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createContent());
    layout->addWidget(m_stack, 1);
    theme::followPalette(this, [this] { updateChart(); });
    setAudit({});
}

QWidget* DashboardPage::createEmptyState()
{
    auto* empty = new EmptyState(u"shield"_s, tr("Audit SMTP AUTH in your tenant"),
                                 tr("smtpaudit reads your tenant's settings, MFA and sign-in logs, works out for "
                                    "every mailbox whether a password still works over SMTP AUTH, and checks the "
                                    "sixteen best practices. Nothing is changed in the tenant."),
                                 m_stack);
    QPushButton* real = empty->addButton(tr("Audit a tenant…"));
    real->setObjectName(u"emptyRunAudit"_s);
    real->setIcon(themedIcon(u"play"_s));
    real->setDefault(true);
    QPushButton* sample = empty->addButton(tr("Try the sample tenant"));
    sample->setObjectName(u"emptySampleAudit"_s);
    sample->setIcon(themedIcon(u"sample"_s));
    connect(real, &QPushButton::clicked, this, &DashboardPage::newAuditRequested);
    connect(sample, &QPushButton::clicked, this, &DashboardPage::sampleAuditRequested);
    return empty;
}

SummaryCard* DashboardPage::addCard(const QString& objectName, const QString& title)
{
    auto* card = new SummaryCard(title, this);
    card->setObjectName(objectName);
    card->setClickable(true);
    m_cards << card;
    return card;
}

QWidget* DashboardPage::createContent()
{
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(14);

    m_partial = new Banner(content);
    m_partial->setObjectName(u"partialAuditBanner"_s);
    layout->addWidget(m_partial);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    SummaryCard* score = addCard(u"scoreCard"_s, tr("Score"));
    SummaryCard* enabled = addCard(u"smtpEnabledCard"_s, tr("Password works over SMTP"));
    SummaryCard* idle = addCard(u"idleCard"_s, tr("On but idle"));
    SummaryCard* noMfa = addCard(u"noMfaCard"_s, tr("SMTP-enabled without MFA"));
    SummaryCard* issues = addCard(u"issuesCard"_s, tr("High and critical issues"));
    SummaryCard* rotation = addCard(u"rotationCard"_s, tr("Credentials due"));
    SummaryCard* spray = addCard(u"sprayCard"_s, tr("Password-spray bursts"));
    SummaryCard* countdown = addCard(u"countdownCard"_s, tr("Basic auth default change"));
    for (int i = 0; i < m_cards.size(); ++i)
        grid->addWidget(m_cards.at(i), i / 4, i % 4);
    layout->addLayout(grid);

    connect(score, &SummaryCard::clicked, this, [this] { emit pageRequested(NavigationPage::Findings); });
    connect(enabled, &SummaryCard::clicked, this,
            [this] { emit mailboxesRequested(MailboxTableModel::EffectivelyOn); });
    connect(idle, &SummaryCard::clicked, this, [this] { emit mailboxesRequested(MailboxTableModel::OnButIdle); });
    connect(noMfa, &SummaryCard::clicked, this,
            [this] { emit mailboxesRequested(MailboxTableModel::EffectivelyOn | MailboxTableModel::NoMfa); });
    connect(issues, &SummaryCard::clicked, this, [this] { emit pageRequested(NavigationPage::Findings); });
    connect(rotation, &SummaryCard::clicked, this, [this] { emit pageRequested(NavigationPage::Rotation); });
    connect(spray, &SummaryCard::clicked, this, [this] { emit pageRequested(NavigationPage::SignIns); });
    connect(countdown, &SummaryCard::clicked, this, [this] { emit pageRequested(NavigationPage::Findings); });

    auto* lower = new QHBoxLayout;
    lower->setSpacing(12);
    auto* findingsPanel = new Panel(content);
    auto* findingsLayout = new QVBoxLayout(findingsPanel);
    findingsLayout->setContentsMargins(14, 12, 14, 12);
    auto* findingsTitle = new QLabel(tr("Most important findings"), findingsPanel);
    theme::makeHeading(findingsTitle, 1.15);
    m_topFindings = new QListWidget(findingsPanel);
    m_topFindings->setObjectName(u"topFindings"_s);
    m_topFindings->setAccessibleName(tr("Most important findings"));
    m_topFindings->setFrameShape(QFrame::NoFrame);
    m_topFindings->setSpacing(2);
    m_topFindings->setIconSize(QSize(14, 14));
    m_topFindings->setMinimumHeight(220);
    // Long titles (German ones especially) wrap inside the panel instead of running off its edge.
    m_topFindings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_topFindings->setWordWrap(true);
    m_topFindings->setResizeMode(QListView::Adjust);
    connect(m_topFindings, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit findingRequested(item->data(Qt::UserRole).toString()); });
    connect(m_topFindings, &QListWidget::itemClicked, m_topFindings, &QListWidget::itemActivated);
    findingsLayout->addWidget(findingsTitle);
    findingsLayout->addWidget(m_topFindings, 1);

    auto* chartPanel = new Panel(content);
    auto* chartLayout = new QVBoxLayout(chartPanel);
    chartLayout->setContentsMargins(14, 12, 14, 12);
    auto* chartTitle = new QLabel(tr("SMTP sign-ins per day"), chartPanel);
    theme::makeHeading(chartTitle, 1.15);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    m_chart = new QChartView(chart, chartPanel);
    m_chart->setObjectName(u"dashboardChart"_s);
    m_chart->setAccessibleName(tr("SMTP sign-ins per day"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    chartLayout->addWidget(chartTitle);
    chartLayout->addWidget(m_chart, 1);

    lower->addWidget(findingsPanel, 1);
    lower->addWidget(chartPanel, 1);
    layout->addLayout(lower, 1);
    scroll->setWidget(content);
    return scroll;
}

SummaryCard* DashboardPage::card(const QString& objectName) const
{
    for (SummaryCard* c : m_cards)
        if (c->objectName() == objectName)
            return c;
    return nullptr;
}

QString DashboardPage::partialWarning() const
{
    return m_partial->isVisibleTo(this) ? m_partial->text() : QString();
}

void DashboardPage::setWarningDays(int days)
{
    m_warningDays = days;
    setAudit(m_audit);
}

void DashboardPage::setAudit(const ConsoleAudit& audit)
{
    m_audit = audit;
    m_stack->setCurrentIndex(audit.isEmpty() ? 0 : 1);
    if (audit.isEmpty()) {
        m_header->setSubtitle(tr("SMTP AUTH posture of your Microsoft 365 tenant."));
        return;
    }
    const AuditResult& r = *audit.result;
    const QDateTime now = m_clock.currentDateTimeUtc();
    m_header->setSubtitle(tr("%1 · audited %2").arg(audit.tenantLabel, Format::dateTime(r.generatedAt)));

    // Partial audit: name the collectors that failed and why, in plain words.
    QStringList missing;
    for (CollectorId id : r.snapshot.incompleteCollectors()) {
        const CollectorStatus status = r.snapshot.status(id);
        missing << (status.error ? u"%1 (%2)"_s.arg(CollectorText::displayName(id), status.error->message)
                                 : CollectorText::displayName(id));
    }
    if (!missing.isEmpty())
        m_partial->showMessage(theme::Tone::Warning,
                               tr("Partial audit: some data could not be read, so the checks that need it are "
                                  "marked \"not checked\" and the score may be too kind. Missing: %1")
                                   .arg(missing.join(u"; "_s)));
    else
        m_partial->setVisible(false);

    qint64 enabled = 0, idle = 0, noMfa = 0;
    for (const MailboxAssessment& row : r.mailboxes) {
        const bool on = row.smtpAuth.verdict == SmtpAuthVerdict::Enabled;
        enabled += on;
        noMfa += on && row.mfaRegistered == std::optional<bool>(false);
        const bool protocolOn = on || row.smtpAuth.verdict == SmtpAuthVerdict::Blocked;
        idle += protocolOn && row.smtpSignIns && row.smtpSignIns->smtpTotal() == 0;
    }
    int highIssues = 0, allIssues = 0;
    for (const Finding& f : r.findings)
        if (f.kind == FindingKind::Issue) {
            ++allIssues;
            highIssues += f.severity >= Severity::High;
        }

    card(u"scoreCard"_s)->setValue(u"%1 / 100"_s.arg(r.score), scoreTone(r.score));
    card(u"scoreCard"_s)
        ->setCaption(r.complete ? scoreWord(r.score) : tr("%1 · partial audit").arg(scoreWord(r.score)));
    card(u"smtpEnabledCard"_s)->setValue(Format::count(enabled), enabled > 0 ? theme::Tone::Bad : theme::Tone::Good);
    card(u"smtpEnabledCard"_s)->setCaption(tr("of %1 mailboxes").arg(Format::count(r.mailboxes.size())));
    const bool signInsRead = r.snapshot.isComplete(CollectorId::SignIns);
    card(u"idleCard"_s)
        ->setValue(signInsRead ? Format::count(idle) : Format::dash(),
                   idle > 0 ? theme::Tone::Warning : theme::Tone::Good);
    card(u"idleCard"_s)
        ->setCaption(signInsRead
                         ? tr("no SMTP sign-in in %n day(s): switch off", nullptr, r.snapshot.signIns.window.days)
                         : tr("needs the sign-in log"));
    card(u"noMfaCard"_s)->setValue(Format::count(noMfa), noMfa > 0 ? theme::Tone::Bad : theme::Tone::Good);
    card(u"noMfaCard"_s)->setCaption(tr("accept a password and have no MFA"));
    card(u"issuesCard"_s)
        ->setValue(QString::number(highIssues), highIssues > 0 ? theme::Tone::Critical : theme::Tone::Good);
    card(u"issuesCard"_s)->setCaption(tr("%n issue(s) in total", nullptr, allIssues));

    const RotationSummary rotation = RotationSchedule::summarise(r.credentials, now, m_warningDays);
    card(u"rotationCard"_s)
        ->setValue(QString::number(rotation.overdue + rotation.dueSoon), rotation.overdue > 0   ? theme::Tone::Bad
                                                                         : rotation.dueSoon > 0 ? theme::Tone::Warning
                                                                                                : theme::Tone::Good);
    card(u"rotationCard"_s)
        ->setCaption(
            tr("%1 overdue · %2 within %3 days").arg(rotation.overdue).arg(rotation.dueSoon).arg(m_warningDays));
    const qsizetype bursts = r.snapshot.signIns.tenant.sprayPatterns.size();
    card(u"sprayCard"_s)
        ->setValue(signInsRead ? QString::number(bursts) : Format::dash(),
                   bursts > 0 ? theme::Tone::Critical : theme::Tone::Good);
    card(u"sprayCard"_s)
        ->setCaption(signInsRead ? tr("one address failing against many accounts") : tr("needs the sign-in log"));
    const qint64 days = Rules::daysUntilBasicSmtpDefaultChange(now);
    card(u"countdownCard"_s)
        ->setValue(days >= 0 ? tr("%n day(s)", nullptr, int(days)) : tr("passed"),
                   enabled > 0 ? theme::Tone::Warning : theme::Tone::Accent);
    card(u"countdownCard"_s)
        ->setCaption(tr("until Microsoft turns Basic auth for SMTP off by default (%1)")
                         .arg(QLocale().toString(Rules::basicSmtpDefaultChangeDate(), QLocale::ShortFormat)));

    m_topFindings->clear();
    int shown = 0;
    for (const Finding& f : r.findings) {
        if (f.kind != FindingKind::Issue)
            continue;
        auto* item =
            new QListWidgetItem(tintedIcon(u"dot"_s, theme::severityColor(f.severity, QApplication::palette())),
                                u"%1  ·  %2"_s.arg(severityDisplayName(f.severity), f.title), m_topFindings);
        item->setData(Qt::UserRole, f.id);
        item->setToolTip(Practices::title(f.practiceId) + u"\n"_s + f.description);
        if (++shown == 8)
            break;
    }
    if (shown == 0)
        new QListWidgetItem(tintedIcon(u"check"_s, theme::toneColor(theme::Tone::Good, QApplication::palette())),
                            tr("No issues found."), m_topFindings);
    updateChart();
}

void DashboardPage::updateChart()
{
    if (!m_chart)
        return;
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (m_audit.isEmpty())
        return;
    const QPalette palette = QApplication::palette();
    const QList<DailySmtpCount>& days = m_audit.result->snapshot.signIns.tenant.smtpPerDay;
    auto* success = new QBarSet(tr("Success"));
    auto* failure = new QBarSet(tr("Failure"));
    success->setColor(theme::successColor(palette));
    failure->setColor(theme::failureColor(palette));
    success->setBorderColor(Qt::transparent);
    failure->setBorderColor(Qt::transparent);
    QStringList categories;
    int maxTotal = 0;
    for (const DailySmtpCount& day : days) {
        *success << day.success;
        *failure << day.failure;
        categories << QLocale().toString(day.date, u"d MMM"_s);
        maxTotal = qMax(maxTotal, day.success + day.failure);
    }
    auto* series = new QStackedBarSeries;
    series->append(success);
    series->append(failure);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    // A month of dates does not fit under a month of bars (Qt Charts elides each to "..."): a second axis
    // names every few days.
    x->setLabelsVisible(false);
    x->setGridLineVisible(false);
    QList<QDate> dates;
    for (const DailySmtpCount& day : days)
        dates << day.date;
    chart->addAxis(createDayLabelsAxis(dates, 5), Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setRange(0, qMax(1, maxTotal) * 1.08);
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 18, 0)); // room for the last day's label, centred on the last bar
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlphaF(0.5f);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::WindowText));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

} // namespace smtpaudit::ui
