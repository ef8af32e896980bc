#include "ui/SafeCopyChoosePage.h"

#include "media/OtherFileKind.h"
#include "media/PlainWords.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scanshield::ui {

namespace {
constexpr int kSeriesUidRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;
} // namespace

SafeCopyChoosePage::SafeCopyChoosePage(SafeCopyPlan& plan, QWidget* parent) : QWizardPage(parent), m_plan(plan)
{
    setTitle(tr("What goes into the copy"));
    setSubTitle(tr("Every series of pictures is included. Untick what you do not want to give away."));
    auto* layout = new QVBoxLayout(this);

    m_series = new QTreeWidget(this);
    m_series->setHeaderHidden(true);
    m_series->setAccessibleName(tr("Visits and series to include in the copy"));
    layout->addWidget(m_series, 3);

    auto* otherLabel = new QLabel(tr("Files that are not pictures are left out unless you tick them. They are copied "
                                     "exactly as they are: ScanShield cannot change what is inside them."),
                                  this);
    otherLabel->setWordWrap(true);
    layout->addWidget(otherLabel);
    m_otherFiles = new QListWidget(this);
    m_otherFiles->setWordWrap(true);
    m_otherFiles->setAccessibleName(tr("Files that are not pictures"));
    otherLabel->setBuddy(m_otherFiles);
    layout->addWidget(m_otherFiles, 1);

    fillSeries();
    fillOtherFiles();
    connect(m_series, &QTreeWidget::itemChanged, this, &SafeCopyChoosePage::completeChanged);
}

void SafeCopyChoosePage::fillSeries()
{
    for (const media::PatientEntry& patient : m_plan.index.patients)
        for (const media::StudyEntry& study : patient.studies) {
            const QString date = study.date.isEmpty() ? tr("A visit without a date") : media::dicomDateInWords(study.date);
            auto* visit = new QTreeWidgetItem(m_series, {study.description.isEmpty() ? date : tr("%1: %2").arg(date, study.description)});
            // Ticking a visit ticks its series; unticking every series unticks the visit.
            visit->setFlags(visit->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            visit->setCheckState(0, Qt::Checked);
            for (const media::SeriesEntry& series : study.series) {
                const QString name = media::seriesInWords(series.modality, series.description);
                // A report or a document has no pictures; it is still a file of the series.
                const QString text = series.frameCount() > 0
                                         ? tr("%1 (%n picture(s))", nullptr, series.frameCount()).arg(name)
                                         : tr("%1 (%n document(s))", nullptr, int(series.instances.size())).arg(name);
                auto* item = new QTreeWidgetItem(visit, {text});
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, Qt::Checked);
                item->setData(0, kSeriesUidRole, series.uid);
            }
        }
    m_series->expandAll();
}

// What the exposure report found in a file that is not a picture, in one sentence.
QString SafeCopyChoosePage::whatIsInside(const media::OtherFile& file) const
{
    if (!media::isReadableText(file.kind))
        return tr("ScanShield cannot read it to check it.");
    for (const exposure::Finding& f : m_plan.report.findings) {
        if (f.category != exposure::Category::OutsideDicom || !f.files.contains(file.path))
            continue;
        if (f.mentions.contains(QStringLiteral("name")))
            return tr("It mentions your name.");
        if (!f.mentions.isEmpty())
            return tr("It mentions your ID number or birth date.");
    }
    return tr("ScanShield found none of your details in it.");
}

void SafeCopyChoosePage::fillOtherFiles()
{
    for (const media::OtherFile& other : m_plan.index.otherFiles) {
        const QString sentence = media::otherFileKindSentence(other.kind);
        auto* item = new QListWidgetItem(tr("%1: %2 %3").arg(other.path, sentence, whatIsInside(other)), m_otherFiles);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kPathRole, other.path);
    }
    if (m_plan.index.otherFiles.isEmpty()) {
        auto* none = new QListWidgetItem(tr("There are none on this disc."), m_otherFiles);
        none->setFlags(Qt::NoItemFlags);
    }
}

bool SafeCopyChoosePage::isComplete() const
{
    for (int i = 0; i < m_series->topLevelItemCount(); ++i)
        if (m_series->topLevelItem(i)->checkState(0) != Qt::Unchecked)
            return true;
    return false;
}

bool SafeCopyChoosePage::validatePage()
{
    deid::CopySelection selection;
    for (int i = 0; i < m_series->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* visit = m_series->topLevelItem(i);
        for (int j = 0; j < visit->childCount(); ++j)
            if (visit->child(j)->checkState(0) == Qt::Unchecked)
                selection.seriesLeftOut.insert(visit->child(j)->data(0, kSeriesUidRole).toString());
    }
    for (int i = 0; i < m_otherFiles->count(); ++i)
        if (m_otherFiles->item(i)->checkState() == Qt::Checked)
            selection.otherFiles << m_otherFiles->item(i)->data(kPathRole).toString();
    m_plan.request.selection = selection;
    return true;
}

} // namespace scanshield::ui
