#pragma once

#include "media/DiscSource.h"
#include "ui/TextPictures.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace scanshield::viewer { class SliceView; }

namespace scanshield::ui {

// "Show on the picture": the picture in which a piece of burned-in text was read, with a box
// drawn around every text read there, and a caption in plain words saying what the boxes are.
//
// A window of its own rather than the Pictures tab: the person came from a list of what the
// disc reveals and should find that list unchanged behind them; the caption belongs next to
// the picture; and the Pictures tab is for looking through whole series, where boxes of one
// finding would be confusing on every other image. The window is not modal, so the list and
// the picture can be looked at side by side, and it is reused for the next finding.
//
// When a text was read in several pictures, the viewer steps through those pictures only
// (wheel, arrow keys or the Previous/Next buttons).
class TextInPictureDialog : public QDialog {
    Q_OBJECT
public:
    explicit TextInPictureDialog(QWidget* parent = nullptr);

    // Shows `pictures` (from picturesWithText), the first one first. `explanation` says why
    // this kind of text matters.
    void showPictures(QList<TextPicture> pictures, const QString& explanation, std::shared_ptr<media::DiscSource> source);
    // Values (the text read) appear in the caption only when the person chose to see values.
    void setValuesShown(bool shown);
    // Forgets the pictures (another disc was opened) and closes.
    void forget();

    // For tests and screenshots.
    viewer::SliceView* sliceView() const { return m_view; }
    QCheckBox* outlineSwitch() const { return m_outline; }
    QString caption() const;
    QString placeText() const;
    int pictureCount() const { return int(m_pictures.size()); }
    const TextPicture* currentPicture() const;

private:
    void showPlace(int index);

    QLabel* m_place = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_explanation = nullptr;
    viewer::SliceView* m_view = nullptr;
    QCheckBox* m_outline = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QList<TextPicture> m_pictures;
    bool m_valuesShown = false;
};

} // namespace scanshield::ui
