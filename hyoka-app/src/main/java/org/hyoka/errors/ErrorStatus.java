package org.hyoka.errors;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a person is told about an HTTP error status, in Japanese: a heading and what to do next. */
public record ErrorStatus(int code, String title, String message) {

    static final int CONTENT_TOO_LARGE = 413;
    static final int INSUFFICIENT_STORAGE = 507;

    private static final Map<Integer, ErrorStatus> KNOWN = Stream.of(
            new ErrorStatus(400, "リクエストを処理できません",
                    "送られた内容を読み取れませんでした。URLや入力を確かめて、もう一度お試しください。"),
            new ErrorStatus(401, "ログインが必要です", "このページや操作にはログインが必要です。"),
            new ErrorStatus(403, "権限がありません", "このページを開く、またはこの操作をする権限がアカウントにありません。"
                    + "必要な場合は評価担当課（管理者）に依頼してください。"),
            new ErrorStatus(404, "ページが見つかりません", "お探しのページは見つかりませんでした。"
                    + "URLが正しいか確かめてください。シートは公開されるまで表示されません。"),
            new ErrorStatus(405, "この方法では利用できません", "このページはこの送信方法（HTTPメソッド）を受け付けていません。"
                    + "画面のリンクやボタンから操作してください。"),
            new ErrorStatus(406, "この形式では応答できません", "求められた形式では応答できません。HTMLまたはJSONを求めてください。"),
            new ErrorStatus(408, "時間切れです", "送信が時間内に終わりませんでした。もう一度お試しください。"),
            new ErrorStatus(CONTENT_TOO_LARGE, "ファイルが大きすぎます",
                    "送信されたデータが大きすぎるため受け付けませんでした。何も保存していません。"),
            new ErrorStatus(414, "URLが長すぎます", "URLが長すぎるため処理できません。検索語や条件を短くしてください。"),
            new ErrorStatus(415, "対応していない形式です", "送られたデータの形式（Content-Type）には対応していません。"),
            new ErrorStatus(429, "しばらくお待ちください", "短い間に多くの要求があったため、一時的に受け付けていません。"
                    + "少し待ってからもう一度お試しください。"),
            new ErrorStatus(431, "送られた情報が大きすぎます", "ブラウザーが送った情報（Cookieなど）が大きすぎます。"
                    + "このサイトのCookieを削除してから、もう一度お試しください。"),
            new ErrorStatus(500, "サーバーで問題が起きました", "予期しない問題が起きたため、処理を完了できませんでした。"
                    + "時間をおいてもう一度お試しください。続く場合は管理者に連絡してください。"),
            new ErrorStatus(501, "対応していない要求です", "この種類の要求（HTTPメソッドや転送方式）には対応していません。"),
            new ErrorStatus(503, "ただいま利用できません", "一時的に利用できません。時間をおいてもう一度お試しください。"),
            new ErrorStatus(INSUFFICIENT_STORAGE, "サーバーの保存領域が足りません", "サーバーの一時保存領域がいっぱいのため、"
                    + "送られたファイルを受け取れませんでした。何も保存していません。時間をおいてもう一度お試しください。"
                    + "続く場合は管理者に連絡してください。"),
            new ErrorStatus(505, "対応していないHTTPのバージョンです", "HTTP/1.1で接続してください。"))
            .collect(Collectors.toUnmodifiableMap(ErrorStatus::code, Function.identity()));

    /** A form posted without its valid CSRF token: 403, but nothing a permission would change. */
    static final ErrorStatus FORM_EXPIRED = new ErrorStatus(403, "送信を受け付けられません",
            "フォームの有効期限が切れたか、この画面以外から送信されました。ページを読み込み直して、もう一度送信してください。");

    /** The status's own text; a status without one is told as the general 400 or 500, under its own code. */
    public static ErrorStatus of(int code) {
        ErrorStatus known = KNOWN.get(code);
        if (known != null) {
            return known;
        }
        ErrorStatus general = KNOWN.get(code >= 500 ? 500 : 400);
        return new ErrorStatus(code, general.title(), general.message());
    }

    ErrorStatus withMessage(String newMessage) {
        return new ErrorStatus(code, title, newMessage);
    }
}
