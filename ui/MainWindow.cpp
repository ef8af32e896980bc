#include "ui/MainWindow.h"

#include "checklist/Tailoring.h"
#include "media/PlainWords.h"
#include "ui/DemoDiscLocation.h"
#include "ui/DiscController.h"
#include "ui/DiscTree.h"
#include "ui/ExposurePage.h"
#include "ui/ExposureRunner.h"
#include "ui/LanguageMenu.h"
#include "ui/OtherFilesPanel.h"
#include "ui/QuestionsMenu.h"
#include "ui/SafeCopyWizard.h"
#include "ui/SeriesFrames.h"
#include "viewer/SliceView.h"
#include "viewer/WindowLevel.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace scanshield::ui {

namespace {
constexpr int kThumbnailSize = 72;
constexpr int kMaxRecentDiscs = 8;
const QString kRecentKey = QStringLiteral("recentDiscs");
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("ScanShield"));
    setAcceptDrops(true);
    m_controller = new DiscController(this);
    m_exposure = new ExposureRunner(this);
    connect(m_exposure, &ExposureRunner::progress, this, [this](int done, int total) {
        m_exposurePage->showWorking(tr("Looking through every file for what identifies you: %1 of %2…").arg(done).arg(total));
    });
    connect(m_exposure, &ExposureRunner::finished, this, [this](const exposure::ExposureReport& report) {
        m_exposurePage->setReport(report, m_controller->index(), m_source);
        // A copy is made from what the report found (the text boxes to black out, the
        // identifiers to look for in the copy): it needs a complete report.
        m_safeCopyAction->setEnabled(!report.cancelled);
        // What the disc shows (a face, text in the pictures...) puts its questions first.
        m_questionsMenu->setDiscConcerns(checklist::concernsOf(report));
        emit exposureReportReady();
    });
    m_treeModel = new DiscTreeModel(this);
    buildLayout();
    buildActions();

    connect(m_controller, &DiscController::scanStarted, this, &MainWindow::onScanStarted);
    connect(m_controller, &DiscController::indexGrew, this, &MainWindow::onIndexGrew);
    connect(m_controller, &DiscController::scanFinished, this, &MainWindow::onScanFinished);
    connect(m_controller, &DiscController::scanFailed, this, &MainWindow::onScanFailed);
    connect(m_controller, &DiscController::progress, this, &MainWindow::onProgress);
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

const media::DiscIndex& MainWindow::discIndex() const { return m_controller->index(); }
bool MainWindow::isReading() const { return m_controller->isScanning(); }
QString MainWindow::discLocation() const { return m_controller->location(); }

void MainWindow::buildLayout()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    m_summary = new QLabel(tr("Open your imaging disc to see what is on it."), central);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.25);
    m_summary->setFont(summaryFont);
    m_summary->setAccessibleName(tr("What is on this disc"));
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    auto* left = new QSplitter(Qt::Vertical, splitter);
    m_tree = new QTreeView(left);
    m_tree->setModel(m_treeModel);
    m_tree->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Patients, visits and series on the disc"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        const QString uid = current.data(DiscTreeModel::kSeriesUidRole).toString();
        if (uid.isEmpty())
            return;
        m_personPickedSeries = true; // from now on the window no longer chooses for them
        showSeries(uid);
    });

    m_lowerTabs = new QTabWidget(left);
    m_otherFiles = new OtherFilesPanel(m_lowerTabs);
    m_lowerTabs->addTab(m_otherFiles, tr("Other files"));
    left->addWidget(m_tree);
    left->addWidget(m_lowerTabs);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);

    // Right: the pictures, and what the disc reveals, as two pages a person switches between.
    m_rightTabs = new QTabWidget(splitter);
    auto* pictures = new QWidget(m_rightTabs);
    auto* picturesLayout = new QVBoxLayout(pictures);
    picturesLayout->setContentsMargins(0, 0, 0, 0);
    m_seriesTitle = new QLabel(pictures);
    m_seriesTitle->setWordWrap(true);
    picturesLayout->addWidget(m_seriesTitle);
    m_sliceView = new viewer::SliceView(pictures);
    picturesLayout->addWidget(m_sliceView, 1);
    m_rightTabs->addTab(pictures, tr("Pictures"));
    m_exposurePage = new ExposurePage(m_rightTabs);
    m_rightTabs->addTab(m_exposurePage, tr("What this disc reveals about you"));
    splitter->addWidget(left);
    splitter->addWidget(m_rightTabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 820});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(320);
    m_progress->setFormat(tr("Reading the disc: %v of %m files"));
    m_progress->setAccessibleName(tr("Progress of reading the disc"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Stop reading"), this);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_controller, &DiscController::cancel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::buildActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&Disc"));
    QAction* openFolder = fileMenu->addAction(tr("&Open a disc or folder…"), this, &MainWindow::chooseDiscFolder);
    openFolder->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open a &ZIP, ISO or DICOMDIR file…"), this, &MainWindow::chooseDiscFile);
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    refreshRecentMenu();
    fileMenu->addAction(tr("Open the &demo disc"), this, &MainWindow::openDemoDisc);
    fileMenu->addSeparator();
    m_safeCopyAction = fileMenu->addAction(tr("Make a &safe copy…"), this, &MainWindow::makeSafeCopy);
    m_safeCopyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_safeCopyAction->setToolTip(tr("Make an anonymized copy of this disc on this computer, checked before it is called safe. "
                                    "Available once ScanShield has looked through the disc."));
    m_safeCopyAction->setEnabled(false);
    m_exposurePage->setSafeCopyAction(m_safeCopyAction);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_questionsMenu = new QuestionsMenu(this);
    menuBar()->addMenu(m_questionsMenu);

    m_languageMenu = new LanguageMenu(this);
    menuBar()->addMenu(tr("&Settings"))->addMenu(m_languageMenu);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(openFolder);
    toolbar->addAction(m_safeCopyAction);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Brightness and contrast:"), toolbar));
    for (const viewer::WindowPreset preset : viewer::allWindowPresets()) {
        QAction* action = toolbar->addAction(viewer::windowPresetName(preset));
        action->setToolTip(tr("Show the picture with the \"%1\" brightness and contrast. "
                              "You can also drag with the left mouse button.").arg(viewer::windowPresetName(preset)));
        connect(action, &QAction::triggered, this, [this, preset] { m_sliceView->setPreset(preset); });
        if (viewer::isCtPreset(preset))
            m_ctPresetActions.append(action);
    }
}

void MainWindow::chooseDiscFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose your disc or its folder"));
    if (!folder.isEmpty())
        openDisc(folder);
}

void MainWindow::chooseDiscFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a disc file"), QString(),
                                                      tr("Disc files (*.zip *.iso DICOMDIR);;All files (*)"));
    if (!file.isEmpty())
        openDisc(file);
}

void MainWindow::openDisc(const QString& path)
{
    QString error;
    m_source = media::openDiscSource(path, error);
    m_controller->open(path);
}

void MainWindow::openDemoDisc()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const QString demo = ensureDemoDisc(&error);
    QApplication::restoreOverrideCursor();
    if (demo.isEmpty()) {
        QMessageBox::warning(this, tr("ScanShield"), tr("The demo disc could not be prepared: %1").arg(error));
        return;
    }
    openDisc(demo);
}

void MainWindow::makeSafeCopy()
{
    if (!m_safeCopyAction->isEnabled())
        return;
    SafeCopyPlan plan;
    plan.discLocation = m_controller->location();
    plan.index = m_controller->index();
    plan.report = m_exposurePage->report();
    plan.source = m_source;
    plan.showValues = m_exposurePage->showValuesSwitch()->isChecked();
    auto* wizard = new SafeCopyWizard(std::move(plan), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SafeCopyWizard::openCopyRequested, this, [this](const QString& folder) { openDisc(folder); });
    wizard->open();
}

void MainWindow::onScanStarted(const QString& path)
{
    m_series.clear();
    m_thumbnailRequested.clear();
    m_shownSeries.clear();
    m_personPickedSeries = false;
    m_treeModel->setPatients({});
    m_otherFiles->setProblems({});
    m_exposure->cancel();
    m_safeCopyAction->setEnabled(false);
    m_exposurePage->showWorking(tr("Reading the disc…"));
    m_sliceView->clear();
    m_seriesTitle->clear();
    m_summary->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    setWindowTitle(tr("ScanShield: %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::onProgress(int done, int total)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
}

void MainWindow::onIndexGrew(const QList<media::PatientEntry>& patients)
{
    m_series.clear();
    for (const media::PatientEntry& p : patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                m_series.insert(r.uid, r);
    m_treeModel->setPatients(patients);
    m_tree->expandAll();
    // Until the person picks a series, show the one with the most pictures found so far (the
    // head CT rather than its scouts), whatever order the disc delivers its files in.
    const QModelIndex shown = m_personPickedSeries ? m_treeModel->indexOfSeries(m_shownSeries)
                                                   : m_treeModel->largestSeries(patients);
    if (shown.isValid()) {
        QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(shown);
    }
    if (!m_personPickedSeries && shown.isValid())
        showSeries(shown.data(DiscTreeModel::kSeriesUidRole).toString());
    updateSummary(patients, 0);
}

void MainWindow::onScanFinished(const media::DiscIndex& index, bool cancelled)
{
    onIndexGrew(index.patients);
    m_progress->hide();
    m_cancel->hide();
    m_otherFiles->setProblems(index.problems);
    m_lowerTabs->setTabText(0, tr("Other files (%1)").arg(index.problems.size()));
    updateSummary(index.patients, int(index.problems.size()));
    if (cancelled)
        statusBar()->showMessage(tr("Reading stopped. What was read so far is shown."));
    else
        statusBar()->showMessage(tr("Finished reading %n file(s).", nullptr, index.filesTotal), 8000);
    requestThumbnails(index.patients);
    rememberRecent(m_controller->location());
    if (!cancelled)
        m_exposure->start(m_controller->location(), index);
    emit discReadFinished();
}

void MainWindow::onScanFailed(const QString& message)
{
    m_progress->hide();
    m_cancel->hide();
    // Said in the window rather than in a dialog: nothing to dismiss, and the menu to open
    // another disc stays one click away.
    m_summary->setText(tr("<b>ScanShield could not open this.</b> %1").arg(message.toHtmlEscaped()));
    statusBar()->showMessage(message);
    emit discReadFinished();
}

void MainWindow::updateSummary(const QList<media::PatientEntry>& patients, int otherFiles)
{
    int studies = 0;
    int series = 0;
    int pictures = 0;
    QStringList names;
    for (const media::PatientEntry& p : patients) {
        names.append(DiscTreeModel::patientLabel(p).section(QLatin1Char(','), 0, 0));
        studies += int(p.studies.size());
        for (const media::StudyEntry& s : p.studies) {
            series += int(s.series.size());
            for (const media::SeriesEntry& r : s.series)
                pictures += r.frameCount();
        }
    }
    if (patients.isEmpty()) {
        m_summary->setText(tr("No medical images were found here."));
        return;
    }
    QString text = tr("This disc holds the scans of <b>%1</b>: %n visit(s),", nullptr, studies).arg(names.join(QStringLiteral(", ")).toHtmlEscaped());
    text += QLatin1Char(' ') + tr("%n series,", nullptr, series);
    text += QLatin1Char(' ') + tr("%n picture(s).", nullptr, pictures);
    if (otherFiles > 0)
        text += QLatin1Char(' ') + tr("Also on the disc: %n other file(s), listed below.", nullptr, otherFiles);
    m_summary->setText(text);
}

void MainWindow::showSeries(const QString& seriesUid)
{
    const auto it = m_series.constFind(seriesUid);
    if (it == m_series.constEnd() || !m_source)
        return;
    if (seriesUid == m_shownSeries && m_sliceView->frameCount() == it->frameCount())
        return;
    m_shownSeries = seriesUid;
    const QString description = it->description.isEmpty() ? QString() : QStringLiteral(": ") + it->description;
    m_seriesTitle->setText(QStringLiteral("<b>%1</b>%2").arg(media::modalityInWords(it->modality), description.toHtmlEscaped()));
    // Brain, lung and bone settings are Hounsfield units: they mean something on CT only.
    for (QAction* action : m_ctPresetActions)
        action->setEnabled(it->modality == QLatin1String("CT"));
    auto frames = std::make_shared<SeriesFrames>(m_source, *it);
    m_sliceView->setFrames(frames->count(), [frames](int i) { return frames->load(i); });
    // The middle of a stack tells more than its first slice (usually the neck or the feet).
    m_sliceView->setCurrentIndex(frames->middle());
}

void MainWindow::requestThumbnails(const QList<media::PatientEntry>& patients)
{
    for (const media::PatientEntry& p : patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& series : s.series) {
                if (m_thumbnailRequested.value(series.uid) || series.frameCount() == 0 || !m_source)
                    continue;
                m_thumbnailRequested.insert(series.uid, true);
                auto frames = std::make_shared<SeriesFrames>(m_source, series);
                auto* watcher = new QFutureWatcher<QImage>(this);
                const QString uid = series.uid;
                connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, uid] {
                    const QImage image = watcher->result();
                    watcher->deleteLater();
                    if (!image.isNull())
                        m_treeModel->setThumbnail(uid, QIcon(QPixmap::fromImage(image)));
                });
                watcher->setFuture(QtConcurrent::run([frames] {
                    const pixels::DecodedFrame frame = frames->load(frames->middle());
                    const QImage image = viewer::renderFrame(frame, viewer::defaultWindow(frame), false);
                    return image.isNull() ? QImage() : image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                }));
            }
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentDiscs)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDisc(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openDisc(urls.first().toLocalFile());
}

} // namespace scanshield::ui
