#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QPushButton;
class QLabel;
class QListWidget;
class QTableWidget;
class QTextBrowser;

namespace scanshield::ui {

// "What this disc reveals about you": the categories with a traffic light and a count, and
// for the chosen category each finding in plain words. Values are hidden until asked for
// (a click on a row, or "Show the values"); tag numbers and raw values are one switch away
// for advocates.
class ExposurePage : public QWidget {
    Q_OBJECT
public:
    explicit ExposurePage(QWidget* parent = nullptr);

    void showWorking(const QString& message);
    void setReport(const exposure::ExposureReport& report, const media::DiscIndex& index);
    void clear();

    // For tests and screenshots.
    QListWidget* categoryList() const { return m_categories; }
    QTableWidget* findingTable() const { return m_findings; }
    QCheckBox* showValuesSwitch() const { return m_showValues; }
    QCheckBox* technicalSwitch() const { return m_technical; }
    QPushButton* reportButton() const { return m_reportButton; }
    QString headline() const;
    const exposure::ExposureReport& report() const { return m_report; }

private:
    void showCategory(int row);
    void fillTable();
    void showDetails(int row);
    QString shownValue(const exposure::Finding& finding, bool revealed) const;
    static QString referenceNumbersExplanation();

    QLabel* m_headline = nullptr;
    QListWidget* m_categories = nullptr;
    QTableWidget* m_findings = nullptr;
    QTextBrowser* m_details = nullptr;
    QCheckBox* m_showValues = nullptr;
    QCheckBox* m_technical = nullptr;
    QPushButton* m_reportButton = nullptr;
    exposure::ExposureReport m_report;
    media::DiscIndex m_index;
    QList<const exposure::Finding*> m_shown; // findings of the chosen category, in table order
    QList<const exposure::Finding*> m_referenceNumbers; // its UIDs, shown as one row at the end
    QSet<int> m_revealedRows;
};

} // namespace scanshield::ui
