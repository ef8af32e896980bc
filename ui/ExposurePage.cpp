#include "ui/ExposurePage.h"

#include "exposure/AttributeCatalogue.h"
#include "media/PlainWords.h"
#include "ui/FaceDialog.h"
#include "ui/Headline.h"
#include "ui/ReportPreviewDialog.h"
#include "ui/TextInPictureDialog.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace scanshield::ui {

namespace {

// ColumnPicture is last in the model but shown right after "Where" (see the constructor).
enum Column { ColumnWhat, ColumnValue, ColumnWhere, ColumnTag, ColumnStandardName, ColumnNesting, ColumnPicture, ColumnCount };

// A round traffic light, drawn rather than loaded: green, amber or red, with a dark outline so
// it reads on light and dark themes and for people who do not see colours well (the level is
// also written next to it).
QIcon trafficLight(exposure::Level level)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = level == exposure::Level::Red ? QColor(0xC6, 0x28, 0x28)
                      : level == exposure::Level::Amber ? QColor(0xF0, 0xA2, 0x02)
                                                         : QColor(0x2E, 0x7D, 0x32);
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(3, 3, 26, 26));
    return QIcon(pixmap);
}

QString levelWords(exposure::Level level)
{
    switch (level) {
    case exposure::Level::Red: return ExposurePage::tr("identifies you");
    case exposure::Level::Amber: return ExposurePage::tr("could help identify you");
    case exposure::Level::Green: return ExposurePage::tr("nothing found");
    }
    return {};
}

// Which series a file belongs to, in the words of the disc tree ("CT scan: Head").
QHash<QString, QString> seriesOfFiles(const media::DiscIndex& index)
{
    QHash<QString, QString> series;
    for (const media::PatientEntry& patient : index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& s : study.series) {
                const QString words = media::seriesInWords(s.modality, s.description);
                for (const media::IndexedInstance& instance : s.instances)
                    series.insert(instance.path, words);
            }
    for (const QString& directory : index.mediaDirectories)
        series.insert(directory, ExposurePage::tr("the disc's table of contents"));
    return series;
}

// Where a finding is, for a person: the series (or file) and how many files, e.g.
// "CT scan: Head\nin 100 files"; past two places, the first and how many more.
QString whereWords(const exposure::Finding& finding, const QHash<QString, QString>& seriesOfFile)
{
    QStringList places;
    for (const QString& file : finding.files) {
        const QString place = seriesOfFile.value(file, QFileInfo(file).fileName());
        if (!places.contains(place))
            places.append(place);
    }
    const QString count = ExposurePage::tr("in %n file(s)", nullptr, int(finding.files.size()));
    if (places.size() > 2)
        return ExposurePage::tr("%1 and %n more", nullptr, int(places.size() - 1)).arg(places.first()) + QLatin1Char('\n') + count;
    return places.join(QStringLiteral("; ")) + QLatin1Char('\n') + count;
}

} // namespace

ExposurePage::ExposurePage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_headline = makeHeadline(this);
    m_headline->setAccessibleName(tr("Summary of what the disc reveals"));
    layout->addWidget(m_headline);

    auto* switches = new QHBoxLayout;
    m_showValues = new QCheckBox(tr("Show the values"), this);
    m_showValues->setToolTip(tr("Values are hidden so that nobody looking over your shoulder reads them. Click a row to see one value."));
    m_technical = new QCheckBox(tr("Show technical details (tag numbers)"), this);
    switches->addWidget(m_showValues);
    switches->addWidget(m_technical);
    switches->addStretch();
    m_reportButton = new QPushButton(tr("Printable report…"), this);
    m_reportButton->setToolTip(tr("See this report as a document you can save or print."));
    m_reportButton->setEnabled(false);
    connect(m_reportButton, &QPushButton::clicked, this, [this] {
        ReportPreviewDialog dialog(m_report, m_index, this);
        dialog.exec();
    });
    switches->addWidget(m_reportButton);
    m_buttonRow = switches;
    layout->addLayout(switches);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_categories = new QListWidget(splitter);
    m_categories->setIconSize(QSize(22, 22));
    m_categories->setAccessibleName(tr("Kinds of information on the disc"));
    m_categories->setWordWrap(true);
    auto* right = new QSplitter(Qt::Vertical, splitter);
    m_findings = new QTableWidget(right);
    m_findings->setColumnCount(ColumnCount);
    m_findings->setHorizontalHeaderLabels({tr("What"), tr("Value"), tr("Where"), tr("Tag"), tr("Name in the standard"), tr("Inside"), tr("Picture")});
    // "Show on the picture" belongs with where a text is, before the technical columns.
    m_findings->horizontalHeader()->moveSection(ColumnPicture, ColumnTag);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setWordWrap(true);
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->setAccessibleName(tr("What the disc reveals in this kind"));
    m_details = new QTextBrowser(right);
    m_details->setAccessibleName(tr("Why it matters"));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_categories, &QListWidget::currentRowChanged, this, &ExposurePage::showCategory);
    connect(m_findings, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_revealedRows.insert(row);
        fillTable();
        showDetails(row);
    });
    connect(m_showValues, &QCheckBox::toggled, this, &ExposurePage::fillTable);
    connect(m_showValues, &QCheckBox::toggled, this, [this](bool shown) {
        if (m_textDialog)
            m_textDialog->setValuesShown(shown);
    });
    connect(m_technical, &QCheckBox::toggled, this, &ExposurePage::fillTable);
    clear();
}

void ExposurePage::setSafeCopyAction(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttonRow->addWidget(button);
}

QString ExposurePage::headline() const
{
    return m_headline->text();
}

void ExposurePage::clear()
{
    m_report = {};
    m_index = {};
    m_seriesOfFile.clear();
    m_pictures.reset();
    if (m_textDialog)
        m_textDialog->forget();
    m_shown.clear();
    if (m_reportButton)
        m_reportButton->setEnabled(false);
    m_categories->clear();
    m_findings->setRowCount(0);
    m_details->clear();
    m_headline->setText(tr("Open a disc to see what it reveals about you."));
}

void ExposurePage::showWorking(const QString& message)
{
    clear();
    m_headline->setText(message);
}

void ExposurePage::setReport(const exposure::ExposureReport& report, const media::DiscIndex& index,
                             std::shared_ptr<media::DiscSource> pictures)
{
    if (m_textDialog)
        m_textDialog->forget();
    m_report = report;
    m_index = index;
    m_seriesOfFile = seriesOfFiles(index);
    m_pictures = std::move(pictures);
    m_reportButton->setEnabled(true);
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    if (!report.name.forms.isEmpty())
        m_headline->setText(tr("Your name appears in %1 places on this disc, written %2 different ways.")
                                .arg(report.name.places).arg(report.name.forms.size()));
    else
        m_headline->setText(tr("This disc does not seem to show your name. Check the other kinds below."));
    if (!report.burnedInNote.isEmpty())
        m_headline->setText(m_headline->text() + QLatin1Char('\n') + report.burnedInNote);
    QSignalBlocker block(m_categories);
    m_categories->clear();
    int firstWithFindings = -1;
    for (exposure::Category category : exposure::kAllCategories) {
        const exposure::CategorySummary summary = report.categories.value(category);
        QString label = tr("%1\n%2 · %n item(s)", nullptr, summary.findings).arg(catalogue.categoryTitle(category), levelWords(summary.level));
        if (summary.referenceNumbers > 0)
            label += tr(" and %n reference number(s)", nullptr, summary.referenceNumbers);
        auto* item = new QListWidgetItem(trafficLight(summary.level), label, m_categories);
        item->setData(Qt::UserRole, int(category));
        item->setToolTip(catalogue.categoryExplanation(category));
        if (firstWithFindings < 0 && summary.findings + summary.referenceNumbers > 0)
            firstWithFindings = m_categories->count() - 1;
    }
    m_categories->setCurrentRow(std::max(0, firstWithFindings));
    showCategory(m_categories->currentRow());
}

void ExposurePage::showCategory(int row)
{
    m_shown.clear();
    m_referenceNumbers.clear();
    m_revealedRows.clear();
    {
        // Rows of another category leave, and their "Show on the picture" buttons with them.
        QSignalBlocker block(m_findings);
        m_findings->setRowCount(0);
    }
    if (row >= 0 && row < m_categories->count()) {
        const auto category = exposure::Category(m_categories->item(row)->data(Qt::UserRole).toInt());
        // Hidden reference numbers (UIDs) are many and say nothing to a person one by one:
        // they become one row at the end.
        for (const exposure::Finding& finding : m_report.findings)
            if (finding.category == category)
                (finding.isUid ? m_referenceNumbers : m_shown).append(&finding);
        m_details->setPlainText(exposure::AttributeCatalogue::embedded().categoryExplanation(category));
    }
    fillTable();
}

QString ExposurePage::shownValue(const exposure::Finding& finding, bool revealed) const
{
    if (finding.value.isEmpty())
        return finding.valueNote;
    if (!revealed)
        return tr("(hidden: click to show)");
    return finding.value;
}

void ExposurePage::fillTable()
{
    const bool technical = m_technical->isChecked();
    for (int column : {ColumnTag, ColumnStandardName, ColumnNesting})
        m_findings->setColumnHidden(column, !technical);
    const bool pictures = m_pictures && std::any_of(m_shown.begin(), m_shown.end(), [](const exposure::Finding* f) {
        return !f->boxes.isEmpty() || f->category == exposure::Category::Face;
    });
    m_findings->setColumnHidden(ColumnPicture, !pictures);
    QSignalBlocker block(m_findings);
    const int current = m_findings->currentRow();
    m_findings->setRowCount(int(m_shown.size()) + (m_referenceNumbers.isEmpty() ? 0 : 1));
    for (int row = 0; row < m_shown.size(); ++row) {
        const exposure::Finding& f = *m_shown[row];
        const bool revealed = m_showValues->isChecked() || m_revealedRows.contains(row);
        const QString what = f.mentions.isEmpty() ? f.plainName : tr("%1 (mentions you)").arg(f.plainName);
        const QStringList cells = {what, shownValue(f, revealed), whereWords(f, m_seriesOfFile), f.attribute, f.standardName, f.where.join(QStringLiteral("\n"))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(f.explanation);
            m_findings->setItem(row, column, item);
        }
        addPictureButton(row);
    }
    if (!m_referenceNumbers.isEmpty()) {
        QSet<QString> files;
        QStringList tags;
        for (const exposure::Finding* f : m_referenceNumbers) {
            files.unite(QSet<QString>(f->files.begin(), f->files.end()));
            if (!tags.contains(f->attribute))
                tags.append(f->attribute);
        }
        const QStringList cells = {tr("Hidden reference numbers"),
                                   tr("%n different number(s)", nullptr, int(m_referenceNumbers.size())),
                                   tr("in %n file(s)", nullptr, int(files.size())), tags.join(QStringLiteral(", ")),
                                   QString(), QString()};
        const int row = int(m_shown.size());
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(referenceNumbersExplanation());
            m_findings->setItem(row, column, item);
        }
    }
    setPictureColumnLayout(pictures);
    m_findings->resizeColumnsToContents();
    m_findings->resizeRowsToContents();
    if (current >= 0 && current < m_findings->rowCount())
        m_findings->setCurrentCell(current, 0);
}

const exposure::Finding* ExposurePage::findingAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown[row] : nullptr;
}

QPushButton* ExposurePage::showOnPictureButton(int row) const
{
    QWidget* cell = m_findings->cellWidget(row, ColumnPicture);
    return cell ? cell->findChild<QPushButton*>() : nullptr;
}

void ExposurePage::addPictureButton(int row)
{
    const bool face = m_shown[row]->category == exposure::Category::Face;
    if (!m_pictures || (m_shown[row]->boxes.isEmpty() && !face) || m_findings->cellWidget(row, ColumnPicture))
        return;
    // In a box of its own so that the button keeps its natural size in a stretched column.
    auto* cell = new QWidget;
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(2, 1, 2, 1);
    auto* button = new QPushButton(face ? tr("Show your face in 3D") : tr("Show on the picture"), cell);
    button->setToolTip(face ? tr("See the picture of your head that anyone can rebuild from this scan, and turn it.")
                            : tr("See this text where it is in the picture, with a box around it."));
    connect(button, &QPushButton::clicked, this, [this, row, face] { face ? showFace(row) : showOnPicture(row); });
    layout->addWidget(button);
    layout->addStretch();
    m_findings->setCellWidget(row, ColumnPicture, cell);
}

void ExposurePage::setPictureColumnLayout(bool pictures)
{
    // The picture column is the last one shown. Left to itself it gets whatever room is left,
    // and its buttons are cut ("Show on the pictu"). With pictures, every column keeps its
    // natural width and "What", the longest words, takes the rest and wraps; the headers keep
    // this up whenever the window changes size (the page is often laid out while hidden).
    QHeaderView* header = m_findings->horizontalHeader();
    header->setStretchLastSection(!pictures);
    for (int column = 0; column < ColumnCount; ++column)
        header->setSectionResizeMode(column, !pictures             ? QHeaderView::Interactive
                                             : column == ColumnWhat ? QHeaderView::Stretch
                                                                    : QHeaderView::ResizeToContents);
    m_findings->verticalHeader()->setSectionResizeMode(pictures ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
}

void ExposurePage::showOnPicture(int row)
{
    const exposure::Finding* finding = findingAt(row);
    if (!finding || finding->boxes.isEmpty() || !m_pictures)
        return;
    if (!m_textDialog)
        m_textDialog = new TextInPictureDialog(this);
    m_textDialog->setValuesShown(m_showValues->isChecked());
    m_textDialog->showPictures(picturesWithText(*finding, m_report, m_index), finding->explanation, m_pictures);
    m_textDialog->show();
    m_textDialog->raise();
    m_textDialog->activateWindow();
}

void ExposurePage::showFace(int row)
{
    const exposure::Finding* finding = findingAt(row);
    if (!finding || finding->files.isEmpty())
        return;
    for (const media::PatientEntry& patient : m_index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series)
                for (const media::IndexedInstance& instance : series.instances)
                    if (instance.path == finding->files.first()) {
                        if (!m_faceDialog)
                            m_faceDialog = new FaceDialog(this);
                        m_faceDialog->showSeries(series, m_index.location);
                        m_faceDialog->show();
                        m_faceDialog->raise();
                        return;
                    }
}

QString ExposurePage::referenceNumbersExplanation()
{
    return tr("Every file carries long unique numbers that link it to the other files of your scan and to the "
              "hospital's records. They do not show your name, but anyone with the hospital's records could use "
              "them to find you, so privacy law counts them as identifiers.");
}

void ExposurePage::showDetails(int row)
{
    if (row == m_shown.size() && !m_referenceNumbers.isEmpty()) {
        m_details->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                               .arg(tr("Hidden reference numbers").toHtmlEscaped(), referenceNumbersExplanation().toHtmlEscaped()));
        return;
    }
    if (row < 0 || row >= m_shown.size())
        return;
    const exposure::Finding& f = *m_shown[row];
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(f.plainName.toHtmlEscaped(), f.explanation.toHtmlEscaped());
    if (!f.safeHarbor.isEmpty())
        html += tr("<p>United States privacy law (HIPAA Safe Harbor) counts this as an identifier: %1.</p>")
                    .arg(exposure::AttributeCatalogue::embedded().safeHarborDescription(f.safeHarbor).toHtmlEscaped());
    const int shownFiles = std::min<int>(int(f.files.size()), 5);
    html += tr("<p>Found in %n file(s), for example:</p>", nullptr, int(f.files.size()));
    html += QStringLiteral("<ul>");
    for (int i = 0; i < shownFiles; ++i)
        html += QStringLiteral("<li>%1</li>").arg(f.files[i].toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
}

} // namespace scanshield::ui
