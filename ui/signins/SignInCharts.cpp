#include "SignInCharts.h"

#include "SignInTableModels.h"
#include "common/DayAxis.h"
#include "common/Format.h"
#include "common/Theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                      QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

} // namespace

SignInCharts::SignInCharts(QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(u"signInCharts"_s);
    setDocumentMode(true);
    addTab(createChartView(u"perDayChart"_s, tr("Sign-ins per day")), tr("Per day"));
    addTab(createChartView(u"clientAppChart"_s, tr("Sign-ins by client app")), tr("Client apps"));
    addTab(createChartView(u"sourceIpChart"_s, tr("Top source IP addresses")), tr("Source IPs"));
    addTab(createChartView(u"countryChart"_s, tr("Top countries")), tr("Countries"));
    for (int i = 0; i < 4; ++i)
        m_slots[size_t(i)].view = qobject_cast<QChartView*>(widget(i));

    m_reasonModel = new FailureReasonModel(this);
    m_reasonTable = makeTable(m_reasonModel, u"failureReasonTable"_s, tr("Failure reasons"), this);
    m_reasonTable->setColumnWidth(FailureReasonModel::Code, 90);
    m_reasonTable->setColumnWidth(FailureReasonModel::Count, 80);
    m_reasonTable->setColumnWidth(FailureReasonModel::Name, 230);
    m_reasonTable->setWordWrap(true);
    addTab(m_reasonTable, tr("Failure reasons"));
    connect(m_reasonTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const SignInErrorCount& reason = m_reasonModel->reason(index.row());
        SignInSelection selection;
        if (reason.errorCode) {
            selection.filter.errorCode = reason.errorCode;
            selection.label = tr("Error %1").arg(*reason.errorCode);
        } else {
            selection.filter.withoutStatus = true;
            selection.label = tr("Without status");
        }
        emit selectionRequested(selection);
    });
    connect(m_reasonTable, &QAbstractItemView::clicked, m_reasonTable, &QAbstractItemView::activated);

    auto* sprayPage = new QWidget(this);
    auto* sprayLayout = new QVBoxLayout(sprayPage);
    sprayLayout->setContentsMargins(0, 6, 0, 0);
    m_sprayNote = new QLabel(sprayPage);
    m_sprayNote->setWordWrap(true);
    theme::makeSubtle(m_sprayNote);
    m_sprayModel = new SprayBurstModel(this);
    m_sprayTable = makeTable(m_sprayModel, u"sprayBurstTable"_s, tr("Password-spray bursts"), sprayPage);
    m_sprayTable->setColumnWidth(SprayBurstModel::Start, 150);
    m_sprayTable->setColumnWidth(SprayBurstModel::IpAddress, 140);
    sprayLayout->addWidget(m_sprayNote);
    sprayLayout->addWidget(m_sprayTable, 1);
    addTab(sprayPage, tr("Spray bursts"));
    connect(m_sprayTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const SprayBurst& burst = m_sprayModel->burst(index.row());
        SignInSelection selection;
        selection.filter.ipAddress = burst.ipAddress;
        selection.filter.fromMs = burst.startMs;
        selection.filter.toMs = burst.endMs + 1;
        selection.label = tr("Burst from %1").arg(burst.ipAddress);
        emit selectionRequested(selection);
    });
    connect(m_sprayTable, &QAbstractItemView::clicked, m_sprayTable, &QAbstractItemView::activated);

    theme::followPalette(this, [this] { rebuild(); });
}

QChartView* SignInCharts::createChartView(const QString& objectName, const QString& accessibleName)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

void SignInCharts::styleChart(QChart* chart, const QPalette& palette)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 18, 4)); // room for the last day's label, centred on the last bar
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlphaF(0.5f);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::WindowText));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setTitleBrush(palette.color(QPalette::WindowText));
        axis->setShadesVisible(false);
    }
}

void SignInCharts::setData(const SignInChartData& data)
{
    m_data = data;
    rebuild();
}

void SignInCharts::rebuild()
{
    buildPerDay();

    QStringList apps;
    std::vector<qint64> appSuccess, appFailure;
    for (const SignInAppCount& app : m_data.perClientApp) {
        apps << (app.clientAppUsed.isEmpty() ? tr("(not reported)") : app.clientAppUsed);
        appSuccess.push_back(app.success);
        appFailure.push_back(app.failure);
    }
    buildHorizontal(Chart::ClientApps, apps, appSuccess, appFailure);

    QStringList ips;
    std::vector<qint64> ipSuccess, ipFailure;
    for (const SignInIpCount& ip : m_data.topIps) {
        ips << (ip.countryOrRegion.isEmpty() ? ip.ipAddress : u"%1 (%2)"_s.arg(ip.ipAddress, ip.countryOrRegion));
        ipSuccess.push_back(ip.success);
        ipFailure.push_back(ip.failure);
    }
    buildHorizontal(Chart::SourceIps, ips, ipSuccess, ipFailure);

    QStringList countries;
    std::vector<qint64> countrySuccess, countryFailure;
    for (const SignInCountryCount& country : m_data.topCountries) {
        countries << (country.countryOrRegion.isEmpty() ? tr("(unknown)") : country.countryOrRegion);
        countrySuccess.push_back(country.success);
        countryFailure.push_back(country.failure);
    }
    buildHorizontal(Chart::Countries, countries, countrySuccess, countryFailure);

    m_reasonModel->setReasons(m_data.failureReasons);
    m_sprayModel->setBursts(m_data.sprayBursts);
    m_sprayNote->setText(
        m_data.sprayBursts.empty()
            ? tr("No password-spray pattern: no address failed against many accounts within an hour.")
            : tr("%n burst(s) where one address failed against many accounts within an hour. Click one to see "
                 "its events.",
                 nullptr, int(m_data.sprayBursts.size())));
}

void SignInCharts::buildPerDay()
{
    ChartSlot& s = slot(Chart::PerDay);
    QChart* chart = s.view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    s.sets.clear();
    s.categories.clear();
    const QPalette palette = QApplication::palette();

    auto* series = new QStackedBarSeries;
    auto* success = new QBarSet(tr("Success"));
    auto* failure = new QBarSet(tr("Failure"));
    auto* spray = new QBarSet(tr("Failure in a spray burst"));
    success->setColor(theme::successColor(palette));
    failure->setColor(theme::failureColor(palette));
    spray->setColor(theme::highlightSeriesColor(palette));
    for (QBarSet* set : {success, failure, spray})
        set->setBorderColor(Qt::transparent);
    qint64 maxTotal = 0;
    for (size_t i = 0; i < m_data.perDay.size(); ++i) {
        const SignInDayCount& day = m_data.perDay[i];
        const qint64 sprayed = i < m_data.sprayFailuresPerDay.size() ? m_data.sprayFailuresPerDay[i] : 0;
        *success << double(day.success);
        *failure << double(day.failure - sprayed);
        *spray << double(sprayed);
        maxTotal = qMax(maxTotal, day.total());
        s.categories << QLocale().toString(day.day, u"d MMM"_s);
    }
    series->append(success);
    series->append(failure);
    series->append(spray);
    series->setBarWidth(0.75);
    chart->addSeries(series);

    auto* x = new QBarCategoryAxis;
    x->append(s.categories);
    // A month of dates does not fit under a month of bars (Qt Charts elides each to "..."): a second axis
    // names every few days, each bar's tooltip its own day.
    x->setLabelsVisible(false);
    x->setGridLineVisible(false);
    QList<QDate> days;
    for (const SignInDayCount& day : m_data.perDay)
        days << day.day;
    chart->setTitle(QString());
    chart->addAxis(createDayLabelsAxis(days), Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setRange(0, double(qMax<qint64>(maxTotal, 1)) * 1.08);
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart, palette);
    s.sets = {success, failure, spray};
    for (int i = 0; i < 3; ++i)
        connectSet(Chart::PerDay, i, s.sets[size_t(i)]);
}

void SignInCharts::buildHorizontal(Chart chartKind, const QStringList& labels, const std::vector<qint64>& success,
                                   const std::vector<qint64>& failure)
{
    ChartSlot& s = slot(chartKind);
    QChart* chart = s.view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    s.sets.clear();
    s.categories = labels;
    const QPalette palette = QApplication::palette();

    auto* series = new QHorizontalStackedBarSeries;
    auto* successSet = new QBarSet(tr("Success"));
    auto* failureSet = new QBarSet(tr("Failure"));
    successSet->setColor(theme::successColor(palette));
    failureSet->setColor(theme::failureColor(palette));
    successSet->setBorderColor(Qt::transparent);
    failureSet->setBorderColor(Qt::transparent);
    // Horizontal bars draw the first category at the bottom: feed them reversed so the largest is on top.
    QStringList axisLabels;
    qint64 maxTotal = 0;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        *successSet << double(success[size_t(i)]);
        *failureSet << double(failure[size_t(i)]);
        axisLabels << labels.at(i);
        maxTotal = qMax(maxTotal, success[size_t(i)] + failure[size_t(i)]);
    }
    series->append(successSet);
    series->append(failureSet);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(axisLabels);
    y->setGridLineVisible(false);
    auto* x = new QValueAxis;
    x->setRange(0, double(qMax<qint64>(maxTotal, 1)) * 1.05);
    x->setLabelFormat(u"%d"_s);
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    styleChart(chart, palette);
    s.sets = {successSet, failureSet};
    connectSet(chartKind, SuccessSet, successSet);
    connectSet(chartKind, FailureSet, failureSet);
}

void SignInCharts::connectSet(Chart chart, int setIndex, QBarSet* set)
{
    const bool horizontal = chart != Chart::PerDay;
    // Bar indexes of the horizontal charts are reversed (see buildHorizontal).
    auto category = [this, chart, horizontal](int barIndex) {
        return horizontal ? int(slot(chart).categories.size()) - 1 - barIndex : barIndex;
    };
    connect(set, &QBarSet::hovered, this, [this, chart, category](bool status, int barIndex) {
        if (status)
            QToolTip::showText(QCursor::pos(), hoverText(chart, category(barIndex)), slot(chart).view);
        else
            QToolTip::hideText();
    });
    connect(set, &QBarSet::clicked, this, [this, chart, setIndex, category](int barIndex) {
        const SignInSelection selection = selectionFor(chart, setIndex, category(barIndex));
        if (!selection.label.isEmpty())
            emit selectionRequested(selection);
    });
}

QString SignInCharts::hoverText(Chart chart, int category) const
{
    qint64 success = 0, failure = 0, sprayed = 0;
    QString title;
    switch (chart) {
    case Chart::PerDay:
        if (category < 0 || size_t(category) >= m_data.perDay.size())
            return {};
        title = QLocale().toString(m_data.perDay[size_t(category)].day, QLocale::LongFormat);
        success = m_data.perDay[size_t(category)].success;
        failure = m_data.perDay[size_t(category)].failure;
        sprayed = m_data.sprayFailuresPerDay[size_t(category)];
        break;
    case Chart::ClientApps:
        title = slot(chart).categories.value(category);
        success = m_data.perClientApp[size_t(category)].success;
        failure = m_data.perClientApp[size_t(category)].failure;
        break;
    case Chart::SourceIps:
        title = slot(chart).categories.value(category);
        success = m_data.topIps[size_t(category)].success;
        failure = m_data.topIps[size_t(category)].failure;
        break;
    case Chart::Countries:
        title = slot(chart).categories.value(category);
        success = m_data.topCountries[size_t(category)].success;
        failure = m_data.topCountries[size_t(category)].failure;
        break;
    }
    QString text = tr("<b>%1</b><br/>%2 successful<br/>%3 failed")
                       .arg(title.toHtmlEscaped(), Format::count(success), Format::count(failure));
    if (sprayed > 0)
        text += tr("<br/>%1 in password-spray bursts").arg(Format::count(sprayed));
    if (chart == Chart::SourceIps)
        text += tr("<br/>%n account(s)", nullptr, int(m_data.topIps[size_t(category)].distinctUsers));
    return text + tr("<br/><i>Click to list these sign-ins</i>");
}

SignInSelection SignInCharts::selectionFor(Chart chart, int setIndex, int category) const
{
    SignInSelection selection;
    const QString outcome = setIndex == SuccessSet ? tr("Successful sign-ins") : tr("Failed sign-ins");
    if (setIndex == SuccessSet)
        selection.filter.outcome = SignInOutcome::Success;
    else
        selection.filter.outcome = SignInOutcome::Failure;
    switch (chart) {
    case Chart::PerDay: {
        if (category < 0 || size_t(category) >= m_data.perDay.size())
            return {};
        const QDate day = m_data.perDay[size_t(category)].day;
        const SignInOutcome keep = selection.filter.outcome;
        selection.filter = SignInFilter::forUtcDay(day);
        selection.filter.outcome = keep;
        selection.label = tr("%1 on %2").arg(outcome, QLocale().toString(day, QLocale::ShortFormat));
        if (setIndex == SpraySet) {
            // The burst addresses of that day.
            for (const SprayBurst& burst : m_data.sprayBursts)
                if (utcDayOf(burst.startMs) == day) {
                    selection.filter.ipAddress = burst.ipAddress;
                    selection.label = tr("Spray burst from %1 on %2")
                                          .arg(burst.ipAddress, QLocale().toString(day, QLocale::ShortFormat));
                    break;
                }
        }
        break;
    }
    case Chart::ClientApps: {
        const SignInAppCount& app = m_data.perClientApp.at(size_t(category));
        if (app.clientAppUsed.isEmpty())
            return {}; // an empty value would not narrow the filter
        selection.filter.clientAppUsed = app.clientAppUsed;
        selection.label = tr("%1 via %2").arg(outcome, slot(chart).categories.value(category));
        break;
    }
    case Chart::SourceIps: {
        const SignInIpCount& ip = m_data.topIps.at(size_t(category));
        selection.filter.ipAddress = ip.ipAddress;
        selection.label = tr("%1 from %2").arg(outcome, ip.ipAddress);
        break;
    }
    case Chart::Countries: {
        const SignInCountryCount& country = m_data.topCountries.at(size_t(category));
        if (country.countryOrRegion.isEmpty())
            return {};
        selection.filter.countryOrRegion = country.countryOrRegion;
        selection.label = tr("%1 from %2").arg(outcome, slot(chart).categories.value(category));
        break;
    }
    }
    return selection;
}

QBarSet* SignInCharts::barSet(Chart chart, int setIndex) const
{
    const ChartSlot& s = slot(chart);
    return setIndex >= 0 && size_t(setIndex) < s.sets.size() ? s.sets[size_t(setIndex)] : nullptr;
}

int SignInCharts::categoryCount(Chart chart) const
{
    return int(slot(chart).categories.size());
}

QStringList SignInCharts::categories(Chart chart) const
{
    return slot(chart).categories;
}

} // namespace smtpaudit::ui
