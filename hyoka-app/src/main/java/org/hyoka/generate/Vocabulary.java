package org.hyoka.generate;

import java.util.List;
import java.util.SplittableRandom;

/** The words synthetic sheets are made of: plausible for a Japanese city hall, invented for tests. */
final class Vocabulary {

    /** 部 and its 課, as a city organises them. */
    record Unit(String department, String division, String section) {
    }

    record IndicatorIdea(String name, String unit, String description, boolean outcome, int scale) {
    }

    static final List<Unit> UNITS = List.of(
            new Unit("総務部", "総務課", "文書係"), new Unit("総務部", "人事課", "人事係"),
            new Unit("政策イノベーション部", "企画経営課", "企画係"), new Unit("政策イノベーション部", "情報政策課", "情報システム係"),
            new Unit("財務部", "財政課", "財政係"), new Unit("財務部", "納税課", "収納係"),
            new Unit("市民部", "市民課", "窓口係"), new Unit("市民部", "市民活動課", "市民活動係"),
            new Unit("保健福祉部", "社会福祉課", "福祉係"), new Unit("保健福祉部", "健康増進課", "健康づくり係"),
            new Unit("保健福祉部", "高齢福祉課", "介護予防係"), new Unit("こども部", "こども政策課", "子育て支援係"),
            new Unit("こども部", "幼児保育課", "保育係"), new Unit("生活環境部", "環境政策課", "環境保全係"),
            new Unit("生活環境部", "廃棄物対策課", "資源循環係"), new Unit("経済部", "産業振興課", "商工係"),
            new Unit("経済部", "農業政策課", "農政係"), new Unit("経済部", "観光推進課", "観光係"),
            new Unit("建設部", "道路整備課", "道路係"), new Unit("建設部", "公園緑地課", "公園係"),
            new Unit("都市計画部", "都市計画課", "計画係"), new Unit("都市計画部", "住宅政策課", "住宅係"),
            new Unit("教育局", "学務課", "学事係"), new Unit("教育局", "生涯学習推進課", "社会教育係"),
            new Unit("消防本部", "消防総務課", "庶務係"), new Unit("消防本部", "予防課", "予防係"));

    static final List<String> TOPICS = List.of("地域公共交通", "窓口サービス", "子育て支援", "放課後児童クラブ",
            "高齢者見守り", "介護予防", "健康診査", "がん検診", "予防接種", "ごみ収集", "資源回収", "公園維持管理",
            "道路維持補修", "橋りょう長寿命化", "空き家対策", "移住定住促進", "観光プロモーション", "中小企業融資",
            "創業支援", "農地利用集積", "学校給食", "ICT教育推進", "図書館運営", "文化財保護", "スポーツ振興",
            "防災訓練", "消防団運営", "自主防災組織支援", "情報通信ネットワーク", "電子申請", "広報紙発行",
            "男女共同参画推進", "多文化共生", "国際交流", "生活困窮者自立支援", "障害者就労支援", "市民活動支援",
            "環境学習", "温室効果ガス削減", "再生可能エネルギー導入");

    static final List<String> SUFFIXES = List.of("事業", "推進事業", "運営業務", "管理事業", "補助事業", "支援事業");
    static final List<String> CATEGORIES = List.of("自治事務（任意）", "自治事務（義務）", "法定受託事務");
    static final List<String> DELIVERY = List.of("直営", "一部委託", "全部委託", "補助", "指定管理");
    static final List<String> DECISIONS = List.of("継続", "継続", "継続", "継続", "拡大・拡充", "改善", "縮小",
            "廃止", "完了");
    static final List<String> ROMAN = List.of("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ");
    static final List<String> TARGETS = List.of("市民", "市内在住の65歳以上の者", "市内の小中学生", "市内事業者",
            "子育て世帯", "市職員", "市内の農業者", "来訪者", "障害のある方");
    static final List<String> LAWS = List.of("地方自治法", "子ども・子育て支援法", "介護保険法", "道路法",
            "廃棄物の処理及び清掃に関する法律", "災害対策基本法", "健康増進法", "都市公園法", "学校給食法",
            "市情報セキュリティポリシー", "市補助金交付規則");

    static final List<IndicatorIdea> INDICATORS = List.of(
            new IndicatorIdea("講座の開催回数", "回", "年間に開催した講座の回数", false, 50),
            new IndicatorIdea("参加者数", "人", "事業に参加した市民の延べ人数", true, 5000),
            new IndicatorIdea("相談件数", "件", "窓口及び電話で受け付けた相談の件数", false, 2000),
            new IndicatorIdea("利用者満足度", "％", "利用者アンケートで「満足」と答えた人の割合", true, 100),
            new IndicatorIdea("補助金交付件数", "件", "補助金を交付した件数", false, 300),
            new IndicatorIdea("点検した施設数", "施設", "定期点検を実施した施設の数", false, 120),
            new IndicatorIdea("電子申請の利用率", "％", "対象手続のうち電子申請で受け付けた割合", true, 100),
            new IndicatorIdea("待ち時間", "分以内", "窓口の平均待ち時間", true, 60),
            new IndicatorIdea("修繕箇所数", "箇所", "年度内に修繕した箇所の数", false, 400),
            new IndicatorIdea("資源化率", "％", "ごみ排出量に占める資源化量の割合", true, 100),
            new IndicatorIdea("ワーキンググループ開催数", "回", "関係課によるワーキンググループの開催回数", false, 24),
            new IndicatorIdea("登録団体数", "団体", "制度に登録した団体の数", true, 200));

    private Vocabulary() {
    }

    static <T> T pick(SplittableRandom random, List<T> words) {
        return words.get(random.nextInt(words.size()));
    }
}
