#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "media/DiscSource.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QPushButton;
class QLabel;
class QListWidget;
class QTableWidget;
class QTextBrowser;

namespace scanshield::ui {

class FaceDialog;
class TextInPictureDialog;

// "What this disc reveals about you": the categories with a traffic light and a count, and
// for the chosen category each finding in plain words. Values are hidden until asked for
// (a click on a row, or "Show the values"); tag numbers and raw values are one switch away
// for advocates. Text burned into a picture has "Show on the picture", which opens the
// picture with that text outlined (TextInPictureDialog).
class ExposurePage : public QWidget {
    Q_OBJECT
public:
    explicit ExposurePage(QWidget* parent = nullptr);

    void showWorking(const QString& message);
    // `pictures`: the disc the report is about, to show burned-in text on its picture; without
    // it the page offers no pictures.
    void setReport(const exposure::ExposureReport& report, const media::DiscIndex& index,
                   std::shared_ptr<media::DiscSource> pictures = {});
    void clear();

    // For tests and screenshots.
    QListWidget* categoryList() const { return m_categories; }
    QTableWidget* findingTable() const { return m_findings; }
    QCheckBox* showValuesSwitch() const { return m_showValues; }
    QCheckBox* technicalSwitch() const { return m_technical; }
    QPushButton* reportButton() const { return m_reportButton; }
    // Offers "Make a safe copy…" beside the printable report: what the person reads here is
    // what the copy takes away.
    void setSafeCopyAction(QAction* action);
    QString headline() const;
    const exposure::ExposureReport& report() const { return m_report; }
    // The finding on a row of the table; nullptr for the reference-number row.
    const exposure::Finding* findingAt(int row) const;
    // "Show on the picture" of a row; nullptr when the row has no picture to show.
    QPushButton* showOnPictureButton(int row) const;
    // The window opened by "Show on the picture"; nullptr until first opened.
    TextInPictureDialog* textInPictureDialog() const { return m_textDialog; }
    FaceDialog* faceDialog() const { return m_faceDialog; }

private:
    void showCategory(int row);
    void fillTable();
    void showDetails(int row);
    QString shownValue(const exposure::Finding& finding, bool revealed) const;
    void addPictureButton(int row);
    void setPictureColumnLayout(bool pictures);
    void showOnPicture(int row);
    void showFace(int row);
    static QString referenceNumbersExplanation();

    QLabel* m_headline = nullptr;
    QListWidget* m_categories = nullptr;
    QTableWidget* m_findings = nullptr;
    QTextBrowser* m_details = nullptr;
    QCheckBox* m_showValues = nullptr;
    QCheckBox* m_technical = nullptr;
    QPushButton* m_reportButton = nullptr;
    QHBoxLayout* m_buttonRow = nullptr;
    exposure::ExposureReport m_report;
    media::DiscIndex m_index;
    QHash<QString, QString> m_seriesOfFile; // disc path -> the series it belongs to, in words
    std::shared_ptr<media::DiscSource> m_pictures;
    TextInPictureDialog* m_textDialog = nullptr;
    FaceDialog* m_faceDialog = nullptr;
    QList<const exposure::Finding*> m_shown; // findings of the chosen category, in table order
    QList<const exposure::Finding*> m_referenceNumbers; // its UIDs, shown as one row at the end
    QSet<int> m_revealedRows;
};

} // namespace scanshield::ui
