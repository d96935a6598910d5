#include "RotationPage.h"

#include "ICalendar.h"
#include "RotationModel.h"
#include "audit/Clock.h"
#include "common/Cards.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/RecordTable.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

// Keeps the rows whose status is in the chosen set.
class RotationFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShow(RotationPage::Show show)
    {
        m_show = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const auto status =
            RotationStatus(sourceModel()->index(sourceRow, 0, sourceParent).data(RotationModel::StatusRole).toInt());
        switch (m_show) {
        case RotationPage::Show::All:
            return true;
        case RotationPage::Show::NeedsAttention:
            return status != RotationStatus::Scheduled;
        case RotationPage::Show::Overdue:
            return status == RotationStatus::Overdue;
        }
        return true;
    }

private:
    RotationPage::Show m_show = RotationPage::Show::All;
};

} // namespace

RotationPage::RotationPage(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(u"rotationPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(12);
    m_header =
        new PageHeader(tr("Credential rotation"),
                       tr("Passwords of accounts that send over SMTP AUTH, app secrets and certificates."), this);
    m_exportButton = new QPushButton(themedIcon(u"calendar"_s), tr("Export to calendar…"), m_header);
    m_exportButton->setObjectName(u"exportIcsButton"_s);
    m_exportButton->setToolTip(tr("Save the due dates as an iCalendar (.ics) file for Outlook or any calendar"));
    connect(m_exportButton, &QPushButton::clicked, this, &RotationPage::exportCalendarInteractively);
    m_header->addTrailingWidget(m_exportButton);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(u"rotation"_s, tr("Nothing to rotate yet"),
                                      tr("After an audit, every credential with a due date is listed here."), m_stack));
    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_overdueCard = new SummaryCard(tr("Overdue"), content);
    m_soonCard = new SummaryCard(tr("Due soon"), content);
    m_totalCard = new SummaryCard(tr("Tracked credentials"), content);
    for (SummaryCard* card : {m_overdueCard, m_soonCard, m_totalCard}) {
        card->setClickable(true);
        cards->addWidget(card);
    }
    connect(m_overdueCard, &SummaryCard::clicked, this, [this] { setShow(Show::Overdue); });
    connect(m_soonCard, &SummaryCard::clicked, this, [this] { setShow(Show::NeedsAttention); });
    connect(m_totalCard, &SummaryCard::clicked, this, [this] { setShow(Show::All); });
    contentLayout->addLayout(cards);

    auto* filterRow = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("&Show:"), content);
    m_showBox = new QComboBox(content);
    m_showBox->setObjectName(u"rotationShow"_s);
    m_showBox->addItem(tr("Everything"), int(Show::All));
    m_showBox->addItem(tr("Overdue and due soon"), int(Show::NeedsAttention));
    m_showBox->addItem(tr("Overdue only"), int(Show::Overdue));
    showLabel->setBuddy(m_showBox);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_showBox);
    filterRow->addStretch(1);
    contentLayout->addLayout(filterRow);

    m_model = new RotationModel(this);
    auto* proxy = new RotationFilter(this);
    proxy->setSourceModel(m_model);
    m_proxy = proxy;
    connect(m_showBox, &QComboBox::currentIndexChanged, this,
            [this, proxy](int index) { proxy->setShow(Show(m_showBox->itemData(index).toInt())); });

    m_table = new QTableView(content);
    m_table->setObjectName(u"rotationTable"_s);
    m_table->setAccessibleName(tr("Credentials and due dates"));
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    setUpRecordTable(m_table, {9, 13, 8, 17, 22, 16, 8});
    contentLayout->addWidget(m_table, 1);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);
    setAudit({});
}

void RotationPage::setAudit(const ConsoleAudit& audit)
{
    m_audit = audit;
    refresh();
}

void RotationPage::setWarningDays(int days)
{
    m_warningDays = days;
    refresh();
}

void RotationPage::setShow(Show show)
{
    m_showBox->setCurrentIndex(m_showBox->findData(int(show)));
}

void RotationPage::refresh()
{
    const QDateTime now = m_clock.currentDateTimeUtc();
    const QList<RotationItem> items = m_audit.isEmpty() ? QList<RotationItem>() : m_audit.result->credentials;
    m_model->setItems(items, now, m_warningDays);
    m_stack->setCurrentIndex(items.isEmpty() ? 0 : 1);
    m_exportButton->setEnabled(!items.isEmpty());
    const RotationSummary summary = RotationSchedule::summarise(items, now, m_warningDays);
    m_overdueCard->setValue(QString::number(summary.overdue),
                            summary.overdue > 0 ? theme::Tone::Bad : theme::Tone::Good);
    m_overdueCard->setCaption(tr("past their due date"));
    m_soonCard->setValue(QString::number(summary.dueSoon),
                         summary.dueSoon > 0 ? theme::Tone::Warning : theme::Tone::Good);
    m_soonCard->setCaption(tr("within %n day(s)", nullptr, m_warningDays));
    m_totalCard->setValue(QString::number(summary.total));
    const int period = m_audit.isEmpty() ? 90 : m_audit.result->snapshot.rotationPeriodDays;
    m_totalCard->setCaption(tr("passwords every %n day(s)", nullptr, period));
}

Status RotationPage::exportCalendar(const QString& path) const
{
    ICalendar::Options options;
    options.tenantLabel = m_audit.tenantLabel;
    const QByteArray ics = ICalendar::write(m_model->items(), m_clock.currentDateTimeUtc(), options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return Error::make(Error::Category::Io, tr("Could not write the calendar file."), file.errorString(), path);
    return Success{};
}

void RotationPage::exportCalendarInteractively()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/smtpaudit-rotation.ics"_s;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export due dates"), suggested, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    const Status written = exportCalendar(path);
    if (!written.ok())
        QMessageBox::warning(this, tr("Export failed"), written.error().message + u"\n"_s + written.error().detail);
}

} // namespace smtpaudit::ui
