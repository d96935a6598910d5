#include "FindingsPage.h"

#include "FindingDetails.h"
#include "FindingsModel.h"
#include "common/Cards.h"
#include "common/Format.h"
#include "common/Icons.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

FindingsPage::FindingsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"findingsPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(12);
    m_header = new PageHeader(tr("Findings"), tr("What the audit found, grouped by the sixteen best practices."), this);
    m_issuesOnly = new QCheckBox(tr("&Issues only"), m_header);
    m_issuesOnly->setObjectName(u"issuesOnly"_s);
    m_header->addTrailingWidget(m_issuesOnly);
    layout->addWidget(m_header);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(u"findings"_s, tr("No findings yet"),
                                      tr("Each audit checks the sixteen SMTP AUTH best practices and lists what "
                                         "to fix, with evidence and PowerShell."),
                                      m_stack));
    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low}) {
        auto* card = new SummaryCard(severityDisplayName(severity), content);
        card->setObjectName(u"severityCard_"_s + severityName(severity));
        m_severityCards << card;
        cards->addWidget(card);
    }
    contentLayout->addLayout(cards);

    m_model = new FindingsModel(this);
    m_tree = new QTreeView(content);
    m_tree->setObjectName(u"findingsTree"_s);
    m_tree->setAccessibleName(tr("Findings by best practice"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FindingsModel::Title, QHeaderView::Stretch);
    const int em = m_tree->fontMetrics().horizontalAdvance(u'M');
    // Never narrower than the header's text: "Schweregrad" needs more than "Severity".
    QHeaderView* header = m_tree->header();
    for (const auto& [column, widthInEm] :
         {std::pair{int(FindingsModel::Severity), 7}, std::pair{int(FindingsModel::Kind), 8},
          std::pair{int(FindingsModel::Affected), 6}})
        header->resizeSection(column, std::max(widthInEm * em, header->sectionSizeHint(column)));

    auto* detailsPane = new QWidget(content);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser(detailsPane);
    m_details->setObjectName(u"findingDetails"_s);
    m_details->setAccessibleName(tr("Finding details"));
    m_copyButton = new QPushButton(themedIcon(u"terminal"_s), tr("Copy remediation"), detailsPane);
    m_copyButton->setObjectName(u"copyFindingRemediation"_s);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(currentRemediation()); });
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_copyButton, 0, Qt::AlignRight);

    auto* splitter = new QSplitter(content);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 480});
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);

    connect(m_issuesOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setIssuesOnly(on);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPage::updateDetails);
    setAudit({});
}

void FindingsPage::setAudit(const ConsoleAudit& audit)
{
    m_audit = audit;
    m_model->setFindings(audit.isEmpty() ? QList<Finding>() : audit.result->findings);
    m_tree->expandAll();
    m_stack->setCurrentIndex(audit.isEmpty() ? 0 : 1);
    int counts[5] = {};
    int issues = 0;
    if (!audit.isEmpty())
        for (const Finding& f : audit.result->findings)
            if (f.kind == FindingKind::Issue) {
                ++counts[int(f.severity)];
                ++issues;
            }
    const Severity order[] = {Severity::Critical, Severity::High, Severity::Medium, Severity::Low};
    for (int i = 0; i < 4; ++i) {
        const int n = counts[int(order[i])];
        m_severityCards[i]->setValue(QString::number(n), n > 0 ? theme::severityTone(order[i]) : theme::Tone::Good);
        m_severityCards[i]->setCaption(n > 0 ? tr("%n issue(s)", nullptr, n) : tr("none"));
    }
    if (!audit.isEmpty())
        m_header->setSubtitle(tr("%n issue(s) across the sixteen best practices; informational findings and "
                                 "guidance included below.",
                                 nullptr, issues));
    // Open on the most severe finding.
    if (m_model->rowCount() > 0) {
        const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
        m_tree->setCurrentIndex(first.isValid() ? first : m_model->index(0, 0));
    }
    updateDetails();
}

bool FindingsPage::selectFinding(const QString& findingId)
{
    QModelIndex index = m_model->indexOfFinding(findingId);
    if (!index.isValid() && m_issuesOnly->isChecked()) {
        m_issuesOnly->setChecked(false);
        index = m_model->indexOfFinding(findingId);
    }
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

QString FindingsPage::currentRemediation() const
{
    const Finding* f = m_model->finding(m_tree->currentIndex());
    return f ? f->remediation.join(u'\n') + u'\n' : QString();
}

void FindingsPage::updateDetails()
{
    const QModelIndex current = m_tree->currentIndex();
    const Finding* f = m_model->finding(current);
    m_copyButton->setEnabled(f && !f->remediation.isEmpty());
    if (f) {
        m_details->setHtml(FindingDetails::html(*f, palette()));
        return;
    }
    if (current.isValid()) {
        m_details->setHtml(
            u"<h3>%1</h3><p>%2</p>"_s.arg(current.siblingAtColumn(0).data().toString().toHtmlEscaped(),
                                          current.siblingAtColumn(0).data(Qt::ToolTipRole).toString().toHtmlEscaped()));
        return;
    }
    m_details->setHtml(u"<p style=\"color:%1\">%2</p>"_s.arg(theme::mutedTextColor(palette()).name(),
                                                             tr("Select a finding to see its evidence and fix.")));
}

} // namespace smtpaudit::ui
