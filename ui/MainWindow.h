#pragma once

#include "media/DiscIndex.h"
#include "media/DiscSource.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTreeView;
class QTabWidget;

namespace scanshield::viewer { class SliceView; }

namespace scanshield::ui {

class DiscController;
class ExposurePage;
class ExposureRunner;
class DiscTreeModel;
class LanguageMenu;
class OtherFilesPanel;
class QuestionsMenu;

// The main window: what is on the disc on the left (patient, visits, series with pictures),
// the selected series on the right, files that are not pictures below, progress at the bottom.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a folder, DICOMDIR, ZIP or ISO; reading happens in the background.
    void openDisc(const QString& path);
    // Opens the fictional demo disc, writing it first if needed.
    void openDemoDisc();

    const media::DiscIndex& discIndex() const;
    // The folder or file last opened, empty before any.
    QString discLocation() const;
    bool isReading() const;
    DiscTreeModel* treeModel() const { return m_treeModel; }
    viewer::SliceView* sliceView() const { return m_sliceView; }
    ExposurePage* exposurePage() const { return m_exposurePage; }
    // "Make a safe copy…": enabled once the exposure report of the disc is ready.
    QAction* safeCopyAction() const { return m_safeCopyAction; }
    // Settings > Language (MainWindowHost rebuilds the window when a language is chosen).
    LanguageMenu* languageMenu() const { return m_languageMenu; }
    QuestionsMenu* questionsMenu() const { return m_questionsMenu; }
    // Opens the safe-copy wizard (SafeCopyWizard.h) for the disc shown.
    void makeSafeCopy();

signals:
    void discReadFinished();
    // The exposure report of the disc is on its page.
    void exposureReportReady();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildLayout();
    void chooseDiscFolder();
    void chooseDiscFile();
    void rememberRecent(const QString& path);
    void refreshRecentMenu();
    void onScanStarted(const QString& path);
    void onIndexGrew(const QList<media::PatientEntry>& patients);
    void onScanFinished(const media::DiscIndex& index, bool cancelled);
    void onScanFailed(const QString& message);
    void onProgress(int done, int total);
    void showSeries(const QString& seriesUid);
    void requestThumbnails(const QList<media::PatientEntry>& patients);
    void updateSummary(const QList<media::PatientEntry>& patients, int otherFiles);

    DiscController* m_controller = nullptr;
    DiscTreeModel* m_treeModel = nullptr;
    QTreeView* m_tree = nullptr;
    viewer::SliceView* m_sliceView = nullptr;
    ExposurePage* m_exposurePage = nullptr;
    ExposureRunner* m_exposure = nullptr;
    QTabWidget* m_rightTabs = nullptr;
    OtherFilesPanel* m_otherFiles = nullptr;
    QTabWidget* m_lowerTabs = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_seriesTitle = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_safeCopyAction = nullptr;
    LanguageMenu* m_languageMenu = nullptr;
    QuestionsMenu* m_questionsMenu = nullptr;
    QList<QAction*> m_ctPresetActions;
    std::shared_ptr<media::DiscSource> m_source;
    QHash<QString, media::SeriesEntry> m_series;
    QHash<QString, bool> m_thumbnailRequested;
    QString m_shownSeries;
    bool m_personPickedSeries = false;
};

} // namespace scanshield::ui
