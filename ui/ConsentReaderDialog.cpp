#include "ui/ConsentReaderDialog.h"

#include "checklist/pdf/ConsentFormPdf.h"
#include "ui/ConsentPhraseDetails.h"
#include "ui/SampleConsentForm.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scanshield::ui {

namespace {

// Each item of the list holds the index of its place in m_matches (a kind: its first place).
constexpr int kMatchRole = Qt::UserRole;

// A mark that does not rely on colour: bold and underlined, black on a light colour of its kind
// whatever the theme, so the contrast stays high.
QTextCharFormat markFormat(const checklist::PhraseKind& kind)
{
    QTextCharFormat format;
    format.setBackground(QColor(kind.colour));
    format.setForeground(QColor(Qt::black));
    format.setFontWeight(QFont::Bold);
    format.setFontUnderline(true);
    format.setToolTip(kind.name);
    return format;
}

// The kind's colour in the list, as on the marks in the text.
QIcon swatch(const QString& colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(QColor(colour));
    QPainter painter(&pixmap);
    painter.setPen(QPen(Qt::black, 1));
    painter.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

QString placeLabel(const checklist::PhraseMatch& match)
{
    const QString words = match.words.simplified();
    return match.page > 0 ? ConsentReaderDialog::tr("Page %1: “%2”").arg(match.page).arg(words)
                          : ConsentReaderDialog::tr("“%1”").arg(words);
}

} // namespace

ConsentReaderDialog::ConsentReaderDialog(QWidget* parent)
    : QDialog(parent), m_phrases(checklist::ConsentPhrases::embedded()), m_bank(checklist::QuestionBank::embedded())
{
    setWindowTitle(tr("Read a consent form"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Open the consent form you were given, or paste its words. ScanShield marks the phrases that "
                                "decide what may be done with your images, and tells you what to ask about each. It reads "
                                "forms written in English."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* actions = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open a consent form (PDF)…"), this);
    open->setObjectName(QStringLiteral("openPdf"));
    auto* paste = new QPushButton(tr("&Paste text"), this);
    paste->setObjectName(QStringLiteral("pasteText"));
    auto* sample = new QPushButton(tr("Try it with a &sample form"), this);
    sample->setObjectName(QStringLiteral("trySample"));
    sample->setToolTip(tr("A made-up hospital's consent form, to see what ScanShield marks."));
    actions->addWidget(open);
    actions->addWidget(paste);
    actions->addWidget(sample);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("consentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_text = new QTextEdit(splitter);
    m_text->setObjectName(QStringLiteral("consentText"));
    m_text->setReadOnly(true);
    // Read-only, but a keyboard can still move through the text and select it.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("The consent form, with the phrases that matter marked"));
    m_text->setPlaceholderText(tr("Open a consent form or paste its text, and it appears here."));

    auto* side = new QSplitter(Qt::Vertical, splitter);
    auto* listBox = new QWidget(side);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* listHeading = new QLabel(tr("What ScanShield &found"), listBox);
    QFont headingFont = listHeading->font();
    headingFont.setBold(true);
    listHeading->setFont(headingFont);
    m_found = new QTreeWidget(listBox);
    m_found->setObjectName(QStringLiteral("foundPhrases"));
    m_found->setHeaderHidden(true);
    m_found->setColumnCount(1);
    m_found->setAccessibleName(tr("What ScanShield found, by kind"));
    listHeading->setBuddy(m_found);
    listLayout->addWidget(listHeading);
    listLayout->addWidget(m_found, 1);

    m_details = new ConsentPhraseDetails;
    auto* detailsScroll = new QScrollArea(side);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    side->addWidget(listBox);
    side->addWidget(detailsScroll);
    side->setSizes({300, 420});
    splitter->addWidget(m_text);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(open, &QPushButton::clicked, this, &ConsentReaderDialog::choosePdf);
    connect(paste, &QPushButton::clicked, this, &ConsentReaderDialog::pasteText);
    connect(sample, &QPushButton::clicked, this, &ConsentReaderDialog::trySample);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_found, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { placeChosen(item); });
    connect(m_text, &QTextEdit::cursorPositionChanged, this, &ConsentReaderDialog::cursorMoved);
    connect(m_details, &ConsentPhraseDetails::questionChosen, this, &ConsentReaderDialog::questionChosen);

    if (!m_phrases.isValid())
        showProblem(m_phrases.error());
    else
        m_details->showMessage(tr("When a form is open, choose a place in the list to see why it matters and what to ask."));
    resize(1120, 760);
    splitter->setSizes({640, 480});
}

bool ConsentReaderDialog::openPdf(const QString& path)
{
    return openPdfNamed(path, QFileInfo(path).fileName());
}

bool ConsentReaderDialog::openPdfNamed(const QString& path, const QString& name)
{
    const checklist::ConsentFormText form = checklist::readConsentFormPdf(path);
    if (!form.ok()) {
        showProblem(form.problem);
        return false;
    }
    showForm(form.text, form.pageStarts, tr("%1, %n page(s)", nullptr, form.pageCount()).arg(name));
    return true;
}

void ConsentReaderDialog::setText(const QString& text)
{
    showForm(checklist::normalizedFormText(text), {}, tr("The pasted text"));
}

void ConsentReaderDialog::showForm(const QString& text, const QList<int>& pageStarts, const QString& source)
{
    m_text->setPlainText(text);
    m_matches = m_phrases.find(text, pageStarts);
    markPhrases();
    listPhrases();
    if (text.trimmed().isEmpty()) {
        showProblem(tr("There is no text to read. Copy the words of the form and paste them again."));
    } else if (m_matches.isEmpty()) {
        const QString none = tr("ScanShield found none of the phrases it looks for. That does not mean the form is harmless; read "
                                "it carefully.");
        m_message->setText(QStringLiteral("%1. <b>%2</b>").arg(source.toHtmlEscaped(), none.toHtmlEscaped()));
        m_details->showMessage(none);
    } else {
        m_message->setText(tr("%1. ScanShield marked %n place(s) in the form. Choose one in the list to see why it matters and "
                              "what to ask.",
                              nullptr, int(m_matches.size()))
                               .arg(source)
                               .toHtmlEscaped());
        m_details->showMessage(tr("Choose a place in the list, or click a marked phrase in the form."));
    }
    m_text->moveCursor(QTextCursor::Start);
}

void ConsentReaderDialog::showProblem(const QString& problem)
{
    m_text->clear();
    m_matches.clear();
    listPhrases();
    m_message->setText(QStringLiteral("<b>%1</b>").arg(problem.toHtmlEscaped()));
    m_details->showMessage(QString());
}

void ConsentReaderDialog::markPhrases()
{
    QTextCursor cursor(m_text->document());
    for (const checklist::PhraseMatch& match : m_matches) {
        const checklist::PhraseKind* kind = m_phrases.kind(match.kindId);
        cursor.setPosition(match.start);
        cursor.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(markFormat(*kind));
    }
}

void ConsentReaderDialog::listPhrases()
{
    const QSignalBlocker quiet(m_found);
    m_found->clear();
    m_placeItems = QList<QTreeWidgetItem*>(m_matches.size(), nullptr);
    // By kind, in the catalogue's order; each kind's places in the order of the form.
    for (const checklist::PhraseKind& kind : m_phrases.kinds()) {
        QTreeWidgetItem* kindItem = nullptr;
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches[i].kindId != kind.id)
                continue;
            if (!kindItem) {
                kindItem = new QTreeWidgetItem(m_found);
                kindItem->setIcon(0, swatch(kind.colour));
                kindItem->setData(0, kMatchRole, i);
            }
            auto* place = new QTreeWidgetItem(kindItem, {placeLabel(m_matches[i])});
            place->setData(0, kMatchRole, i);
            m_placeItems[i] = place;
        }
        if (kindItem)
            kindItem->setText(0, tr("%1 — %n place(s)", nullptr, kindItem->childCount()).arg(kind.name));
    }
    // Collapsed: the kinds at a glance; a kind opens to its places (and opens by itself when one
    // of its places is clicked in the text).
    m_found->collapseAll();
}

void ConsentReaderDialog::placeChosen(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const int index = item->data(0, kMatchRole).toInt();
    if (index < 0 || index >= m_matches.size())
        return;
    if (item->parent())
        item->parent()->setExpanded(true);
    const checklist::PhraseMatch& match = m_matches[index];
    m_details->showKind(*m_phrases.kind(match.kindId), match, m_bank);
    reveal(index);
}

// The place selected in the text and scrolled to the middle of the view.
void ConsentReaderDialog::reveal(int matchIndex)
{
    const checklist::PhraseMatch& match = m_matches[matchIndex];
    m_revealing = true;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(match.start);
    cursor.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    QScrollBar* scroll = m_text->verticalScrollBar();
    scroll->setValue(scroll->value() + m_text->cursorRect().center().y() - m_text->viewport()->height() / 2);
    m_revealing = false;
}

// A click (or the keyboard) on a marked phrase in the text chooses it in the list.
void ConsentReaderDialog::cursorMoved()
{
    if (m_revealing)
        return;
    const int position = m_text->textCursor().position();
    for (int i = 0; i < m_matches.size(); ++i) {
        const checklist::PhraseMatch& match = m_matches[i];
        if (position >= match.start && position < match.start + match.length) {
            m_found->setCurrentItem(m_placeItems[i]);
            m_found->scrollToItem(m_placeItems[i]);
            return;
        }
    }
}

void ConsentReaderDialog::choosePdf()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a consent form"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        openPdf(path);
}

void ConsentReaderDialog::pasteText()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Paste the consent form's text"),
        tr("Copy the words of the form from where you read them, paste them here, and choose OK."),
        QApplication::clipboard()->text(), &ok);
    if (ok)
        setText(text);
}

void ConsentReaderDialog::trySample()
{
    const QString path = QDir(m_sampleFolder.path()).filePath(QStringLiteral("sample-consent-form.pdf"));
    QString error;
    if (!m_sampleFolder.isValid() || !writeSampleConsentFormPdf(path, &error)) {
        showProblem(tr("The sample form could not be made: %1").arg(error));
        return;
    }
    openPdfNamed(path, tr("The sample consent form (fictional)"));
}

} // namespace scanshield::ui
