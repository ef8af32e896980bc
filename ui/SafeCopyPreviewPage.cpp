#include "ui/SafeCopyPreviewPage.h"

#include "deid/DatasetAnonymizer.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/IdentityTokens.h"
#include "media/DiscDicom.h"
#include "media/PlainWords.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scanshield::ui {

namespace {

QString kindInWords(deid::AttributeChange::Kind kind)
{
    switch (kind) {
    case deid::AttributeChange::Kind::Removed: return SafeCopyPreviewPage::tr("removed");
    case deid::AttributeChange::Kind::Emptied: return SafeCopyPreviewPage::tr("emptied");
    case deid::AttributeChange::Kind::Replaced: return SafeCopyPreviewPage::tr("replaced");
    case deid::AttributeChange::Kind::Added: return SafeCopyPreviewPage::tr("added");
    case deid::AttributeChange::Kind::Kept: return SafeCopyPreviewPage::tr("kept");
    }
    return QString();
}

} // namespace

SafeCopyPreviewPage::SafeCopyPreviewPage(SafeCopyPlan& plan, QWidget* parent) : QWizardPage(parent), m_plan(plan)
{
    setTitle(tr("Before and after: one file"));
    setSubTitle(tr("This is what one file of the copy will say, with the choices you made. Nothing has been written yet."));
    auto* layout = new QVBoxLayout(this);
    auto* choiceRow = new QHBoxLayout;
    auto* choiceLabel = new QLabel(tr("A file from:"), this);
    m_seriesChoice = new QComboBox(this);
    choiceLabel->setBuddy(m_seriesChoice);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_seriesChoice, 1);
    layout->addLayout(choiceRow);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Detail"), tr("On your disc"), tr("In the copy"), tr("What happens")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Details of one file, before and after"));
    layout->addWidget(m_table, 1);

    auto* switches = new QHBoxLayout;
    m_showValues = new QCheckBox(tr("Show the values from your disc"), this);
    m_showKept = new QCheckBox(tr("Also show what stays the same"), this);
    switches->addWidget(m_showValues);
    switches->addWidget(m_showKept);
    switches->addStretch(1);
    layout->addLayout(switches);

    connect(m_seriesChoice, &QComboBox::currentIndexChanged, this, &SafeCopyPreviewPage::loadPreview);
    connect(m_showValues, &QCheckBox::toggled, this, &SafeCopyPreviewPage::fillTable);
    connect(m_showKept, &QCheckBox::toggled, this, &SafeCopyPreviewPage::fillTable);
}

void SafeCopyPreviewPage::initializePage()
{
    m_showValues->setChecked(m_plan.showValues);
    // The series that go into the copy; the options may have changed since the last visit.
    const QSignalBlocker block(m_seriesChoice);
    m_seriesChoice->clear();
    for (const media::PatientEntry& patient : m_plan.index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series)
                if (m_plan.request.selection.includes(series) && !series.instances.isEmpty())
                    m_seriesChoice->addItem(media::seriesInWords(series.modality, series.description),
                                            series.instances.first().path);
    loadPreview();
}

void SafeCopyPreviewPage::loadPreview()
{
    m_rows.clear();
    m_problem->hide();
    const QString path = m_seriesChoice->currentData().toString();
    if (!path.isEmpty() && m_plan.source) {
        const dicom::LoadedDicom file = media::loadDicomFromDisc(*m_plan.source, path);
        if (file.file) {
            const exposure::IdentityTokens patient = exposure::IdentityTokens::fromReport(m_plan.report);
            const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
            const deid::DatasetAnonymizer anonymizer(catalogue, m_plan.request.options, &patient);
            m_rows = deid::previewAnonymization(*file.file->getDataset(), anonymizer, catalogue);
        } else {
            m_problem->setText(tr("This file cannot be read, so it cannot be shown here; it will be named in the result if "
                                  "it cannot be copied either."));
            m_problem->show();
        }
    }
    fillTable();
}

void SafeCopyPreviewPage::fillTable()
{
    m_table->setRowCount(0);
    const QString hidden = tr("(hidden)");
    for (const deid::AttributeChange& change : m_rows) {
        if (change.kind == deid::AttributeChange::Kind::Kept && !m_showKept->isChecked())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(change.name);
        name->setToolTip(change.tag);
        // Values from the disc are hidden until the person asks to see them, as on the
        // exposure page: someone may be looking over their shoulder.
        const bool fromDisc = change.kind != deid::AttributeChange::Kind::Added;
        const QString before = change.before.isEmpty() || m_showValues->isChecked() ? change.before : hidden;
        const bool afterIsOriginal = change.kind == deid::AttributeChange::Kind::Kept;
        const QString after = afterIsOriginal && !m_showValues->isChecked() && !change.after.isEmpty() ? hidden : change.after;
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(fromDisc ? before : QString()));
        m_table->setItem(row, 2, new QTableWidgetItem(after));
        m_table->setItem(row, 3, new QTableWidgetItem(kindInWords(change.kind)));
    }
    m_table->resizeRowsToContents();
}

} // namespace scanshield::ui
