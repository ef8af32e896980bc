#include "ui/TextInPictureDialog.h"

#include "ui/SeriesFrames.h"
#include "viewer/SliceView.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace scanshield::ui {

namespace {

// The person's identity in their own words, always in the same order.
QStringList mentionWords(const QStringList& mentions)
{
    QStringList words;
    if (mentions.contains(QStringLiteral("name")))
        words.append(TextInPictureDialog::tr("your name"));
    if (mentions.contains(QStringLiteral("birth_date")))
        words.append(TextInPictureDialog::tr("your birth date"));
    if (mentions.contains(QStringLiteral("id")))
        words.append(TextInPictureDialog::tr("your ID number"));
    return words;
}

// "a", "a and b", "a, b and c".
QString joinWords(const QStringList& words)
{
    if (words.size() < 2)
        return words.value(0);
    return TextInPictureDialog::tr("%1 and %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
}

// What the boxes are, in plain words. Without values: what kind of thing each text is
// ("your name, your birth date and 2 other pieces of text"), never the text itself.
QString captionFor(const TextPicture& picture, bool valuesShown)
{
    QStringList parts;
    if (valuesShown) {
        for (const ReadText& text : picture.texts) {
            const QStringList words = mentionWords(text.mentions);
            const QString quoted = TextInPictureDialog::tr("“%1”").arg(text.text);
            parts.append(words.isEmpty() ? quoted : TextInPictureDialog::tr("%1 (%2)").arg(quoted, joinWords(words)));
        }
    } else {
        QStringList words;
        int others = 0;
        for (const ReadText& text : picture.texts) {
            const QStringList own = mentionWords(text.mentions);
            others += own.isEmpty() ? 1 : 0;
            for (const QString& word : own)
                if (!words.contains(word))
                    words.append(word);
        }
        if (others > 0)
            words.append(words.isEmpty() ? TextInPictureDialog::tr("%n piece(s) of text", nullptr, others)
                                         : TextInPictureDialog::tr("%n other piece(s) of text", nullptr, others));
        parts.append(joinWords(words));
    }
    QString caption = TextInPictureDialog::tr("The pink boxes show text ScanShield read in this picture: %1.")
                          .arg(parts.join(valuesShown ? QStringLiteral("; ") : QStringLiteral(", ")));
    // With one text only there is nothing to tell apart.
    if (picture.texts.size() > 1 && picture.texts.first().chosen) {
        const QStringList chosen = mentionWords(picture.texts.first().mentions);
        caption += QLatin1Char(' ');
        caption += chosen.isEmpty() ? TextInPictureDialog::tr("The box with the solid line is the text you chose.")
                                    : TextInPictureDialog::tr("The box with the solid line is the text you chose: %1.").arg(joinWords(chosen));
    }
    if (valuesShown)
        caption += QLatin1Char(' ') + TextInPictureDialog::tr("A computer read these letters, so some may be wrong.");
    return caption;
}

} // namespace

TextInPictureDialog::TextInPictureDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Text in your picture"));
    auto* layout = new QVBoxLayout(this);
    m_place = new QLabel(this);
    m_place->setWordWrap(true);
    QFont bold = m_place->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_place->setFont(bold);
    m_place->setTextFormat(Qt::PlainText);
    layout->addWidget(m_place);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setAccessibleName(tr("What the boxes show"));
    layout->addWidget(m_caption);

    m_view = new viewer::SliceView(this);
    m_view->setAccessibleName(tr("The picture, with the text ScanShield read in it outlined"));
    layout->addWidget(m_view, 1);

    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_explanation);

    auto* buttons = new QHBoxLayout;
    m_outline = new QCheckBox(tr("Outline the text"), this);
    m_outline->setChecked(true);
    m_outline->setToolTip(tr("Switch the boxes off to see the picture as it is."));
    connect(m_outline, &QCheckBox::toggled, m_view, &viewer::SliceView::setTextMarksVisible);
    buttons->addWidget(m_outline);
    buttons->addStretch();
    m_previous = new QPushButton(tr("Previous picture"), this);
    m_next = new QPushButton(tr("Next picture"), this);
    connect(m_previous, &QPushButton::clicked, m_view, &viewer::SliceView::showPrevious);
    connect(m_next, &QPushButton::clicked, m_view, &viewer::SliceView::showNext);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_view, &viewer::SliceView::currentIndexChanged, this, &TextInPictureDialog::showPlace);
    resize(760, 760);
}

void TextInPictureDialog::showPictures(QList<TextPicture> pictures, const QString& explanation,
                                       std::shared_ptr<media::DiscSource> source)
{
    m_pictures = std::move(pictures);
    m_explanation->setText(explanation);
    QHash<int, QList<viewer::TextMark>> marks;
    QList<std::pair<QString, int>> places;
    for (int i = 0; i < m_pictures.size(); ++i) {
        marks.insert(i, textMarks(m_pictures[i]));
        places.append({m_pictures[i].file, m_pictures[i].frame});
    }
    viewer::SliceView::FrameLoader loader;
    if (source)
        loader = [source, places](int i) { return decodeDiscFrame(*source, places.at(i).first, places.at(i).second); };
    m_view->setFrames(int(m_pictures.size()), std::move(loader));
    m_view->setTextMarks(marks);
    const bool several = m_pictures.size() > 1;
    m_previous->setVisible(several);
    m_next->setVisible(several);
    showPlace(m_view->currentIndex());
}

void TextInPictureDialog::setValuesShown(bool shown)
{
    m_valuesShown = shown;
    showPlace(m_view->currentIndex());
}

void TextInPictureDialog::forget()
{
    m_pictures.clear();
    m_view->clear();
    m_caption->clear();
    m_place->clear();
    hide();
}

const TextPicture* TextInPictureDialog::currentPicture() const
{
    const int index = m_view->currentIndex();
    return index >= 0 && index < m_pictures.size() ? &m_pictures[index] : nullptr;
}

QString TextInPictureDialog::caption() const { return m_caption->text(); }
QString TextInPictureDialog::placeText() const { return m_place->text(); }

void TextInPictureDialog::showPlace(int index)
{
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_pictures.size());
    if (index < 0 || index >= m_pictures.size())
        return;
    const TextPicture& picture = m_pictures[index];
    QString place;
    if (picture.seriesWords.isEmpty())
        place = tr("A picture in the file %1").arg(picture.file);
    else if (picture.seriesPictures > 1 && picture.indexInSeries >= 0)
        place = tr("%1, image %2 of %3").arg(picture.seriesWords).arg(picture.indexInSeries + 1).arg(picture.seriesPictures);
    else
        place = picture.seriesWords;
    // The viewer's own line counts these pictures ("Image 3 of 5"), so the heading does too.
    if (m_pictures.size() > 1)
        place = tr("Picture %1 of %2 with this text: %3").arg(index + 1).arg(m_pictures.size()).arg(place);
    m_place->setText(place);
    m_caption->setText(captionFor(picture, m_valuesShown));
}

} // namespace scanshield::ui
