package org.hyoka.importer.pdf;

/**
 * Why a PDF is not read, said twice: {@link #reason()} in one English line for the command line and
 * logs, {@link #message()} in Japanese for the person who uploaded it, with what to do about it.
 */
public sealed interface PdfRefusal extends PdfReading {

    String reason();

    String message();

    record NotPdf() implements PdfRefusal {
        @Override
        public String reason() {
            return "not a PDF (no %PDF- header)";
        }

        @Override
        public String message() {
            return "PDFファイルではありません。事務事業マネジメントシートのPDFを選んでください。";
        }
    }

    /** A password is needed to open it, or its permissions forbid taking out the text. */
    record Encrypted(boolean passwordRequired) implements PdfRefusal {
        @Override
        public String reason() {
            return passwordRequired ? "encrypted PDF (password required)" : "encrypted PDF that forbids text extraction";
        }

        @Override
        public String message() {
            return "このPDFは保護されているため読み取れません（" + (passwordRequired ? "パスワードが必要です" : "文字の抽出が禁止されています")
                    + "）。保護を解除したPDFを取り込んでください。";
        }
    }

    /** @param detail what the PDF parser said, in one line */
    record Broken(String detail) implements PdfRefusal {
        public Broken {
            detail = detail.replaceAll("[\\r\\n\\t]+", " ").strip();
        }

        @Override
        public String reason() {
            return "broken PDF: " + detail;
        }

        @Override
        public String message() {
            return "このPDFは壊れているため読み取れません。元の文書からPDFを書き出し直して取り込んでください。";
        }
    }

    record NoPages() implements PdfRefusal {
        @Override
        public String reason() {
            return "PDF without pages";
        }

        @Override
        public String message() {
            return "このPDFにはページがありません。事務事業マネジメントシートのPDFを選んでください。";
        }
    }

    record NoTextLayer() implements PdfRefusal {
        @Override
        public String reason() {
            return "PDF without a text layer (scanned image?)";
        }

        @Override
        public String message() {
            return "このPDFには文字の情報がありません（スキャンした画像のPDFなど）。文字を選択できるPDFか、そのテキストを取り込んでください。";
        }
    }

    /** Beyond one of {@link PdfLimits}: reading it would take too long or too much memory. */
    record TooComplex(PdfLimits.Kind kind, long limit) implements PdfRefusal {
        @Override
        public String reason() {
            return "PDF too complex to read: " + kind.english(limit);
        }

        @Override
        public String message() {
            String hint = kind == PdfLimits.Kind.PAGES ? "ファイルを分けて取り込んでください。"
                    : "元の文書からPDFを書き出し直すか、シートのページだけのPDFにして取り込んでください。";
            return "このPDFは複雑すぎるため読み取れません（" + kind.japanese(limit) + "）。" + hint;
        }
    }
}
