#include "ui/ReportPreviewDialog.h"

#include "report/ExposurePdf.h"
#include "ui/PdfPreviewPane.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace scanshield::ui {

ReportPreviewDialog::ReportPreviewDialog(const exposure::ExposureReport& report, const media::DiscIndex& index, QWidget* parent)
    : QDialog(parent), m_report(report), m_index(index)
{
    setWindowTitle(tr("Your privacy report"));
    auto* layout = new QVBoxLayout(this);
    auto* options = new QHBoxLayout;
    m_showValues = new QCheckBox(tr("Print the values (your name, numbers, dates)"), this);
    m_showValues->setToolTip(tr("Leave this off if the printout may be left where others can read it."));
    m_largePrint = new QCheckBox(tr("Large print"), this);
    options->addWidget(m_showValues);
    options->addWidget(m_largePrint);
    options->addStretch();
    layout->addLayout(options);

    m_preview = new PdfPreviewPane({tr("Preview of the privacy report"), tr("Save the privacy report"), tr("privacy-report.pdf"),
                                    tr("Print the privacy report")},
                                   [this](const QString& path, QString* error) { return saveTo(path, error); }, this);
    auto* close = new QPushButton(tr("Close"), this);
    m_preview->addButton(close);
    layout->addWidget(m_preview, 1);

    connect(m_showValues, &QCheckBox::toggled, m_preview, &PdfPreviewPane::regenerate);
    connect(m_largePrint, &QCheckBox::toggled, m_preview, &PdfPreviewPane::regenerate);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(820, 980);
    m_preview->regenerate();
}

QPdfDocument* ReportPreviewDialog::document() const
{
    return m_preview->document();
}

report::ReportOptions ReportPreviewDialog::options() const
{
    report::ReportOptions options;
    options.showValues = m_showValues->isChecked();
    options.largePrint = m_largePrint->isChecked();
    return options;
}

bool ReportPreviewDialog::saveTo(const QString& path, QString* error) const
{
    return report::writeExposurePdf(m_report, m_index, path, options(), error);
}

} // namespace scanshield::ui
