"""Korean: 연합뉴스, 뉴시스, 뉴스1 datelines; reporter e-mail lines, 관련기사, 기사입력 stamps, copyright, share."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import credit, label, line

L = "ko"
_HANGUL = "가-힣"
# "홍길동 기자 =", "김동현 특파원 =", "홍길동 이순신 기자 =": reporters after the bracketed credit.
_REPORTERS = rf"(?: ?[{_HANGUL}]{{2,4}}(?:[ ·,]{{1,2}}[{_HANGUL}]{{2,4}}){{0,3}} ?(?:기자|특파원|통신원|객원기자))? ?= ?"
# A sign-off's role: reporters', and the columnists' and critics' who sign the same way.
_ROLE = "(?:기자|특파원|통신원|객원기자|칼럼니스트|논설위원|평론가|에디터)"
_PHOTO_CREDIT = r"\[(?:사진|자료사진|그래픽)=[^\[\]\n]{1,30}\]"


def _korean_credit(agency: str) -> re.Pattern[str]:
    # "(서울=연합뉴스)", "[서울=뉴시스]": the desk's city, "=", the agency; the reporters and "=" after it, or
    # the bracketed credit alone before the story ("(베이징=연합뉴스) 국제유가가 ...").
    return re.compile(rf"[(\[](?:[{_HANGUL}A-Za-z ]{{1,12}}=)?(?:{agency})[)\]](?:{_REPORTERS}| |$)")


RULES: tuple[Rule, ...] = (
    credit(
        "yonhap_credit", L, "Yonhap", _korean_credit(r"연합뉴스|연합뉴스TV"),
        "(서울=연합뉴스) 홍길동 기자 = 정부는 4일 새로운 부동산 대책을 발표했다.",
        "연합뉴스가 입수한 자료에 따르면 정부는 4일 새로운 부동산 대책을 발표했다.",
        version=2,
    ),
    credit(
        "newsis_credit", L, "Newsis", _korean_credit(r"뉴시스"),
        "[서울=뉴시스]김철수 기자 = 한국은행이 기준금리를 동결했다.",
        "뉴시스 취재를 종합하면 한국은행이 기준금리를 동결했다.",
        version=2,
    ),
    credit(
        "news1_credit", L, "News1", _korean_credit(r"뉴스1"),
        "(세종=뉴스1) 이영희 기자 = 기획재정부는 올해 성장률 전망을 2.2%로 유지했다.",
        "뉴스1과의 통화에서 기획재정부 관계자는 올해 성장률 전망을 유지했다고 말했다.",
        version=2,
    ),
    # The sign-off: a name and role, an e-mail, a picture's credit, on one line or over two. Columnists and
    # critics sign as reporters do ("정덕현 칼럼니스트" / "thekian1@entermedia.co.kr [사진=JTBC, 이매진아시아]").
    line(
        "reporter_email_ko", L,
        rf"(?:[{_HANGUL}]{{2,4}}(?: ?{_ROLE})? ?)?[\w.+\-]{{1,40}}@[\w.\-]{{1,60}}(?: ?{_PHOTO_CREDIT})?",
        "홍길동 기자 gildong@yna.co.kr",
        "기자회견에서 그는 모든 의혹을 부인하며 법적 대응을 예고했다.",
        zone="tail",
        version=2,
    ),
    line(
        "reporter_signoff_ko", L, rf"[{_HANGUL}]{{2,4}} ?{_ROLE}",
        "정덕현 칼럼니스트",
        "칼럼니스트 정덕현은 이번 사안을 데이트 폭력의 문제로 봤다.",
        zone="tail",
    ),
    label(
        "tags_ko", L, "list_label", r"(?:태그|키워드|관련 키워드|#태그)(?: ?:)?",
        "키워드", "키워드 광고 시장이 커지면서 중소기업의 부담도 늘고 있다.", zone="tail",
    ),
    label(
        "teaser_ko", L, "teaser_label",
        r"(?:관련기사|관련 기사|관련 뉴스|함께 보면 좋은 기사|추천 기사|많이 본 뉴스|이 시각 주요뉴스)(?: ?:)?",
        "관련기사", "관련 기사가 보도된 뒤 회사 측은 공식 입장을 내지 않았다.",
    ),
    line(
        "stamp_ko", L,
        r"(?:기사입력|입력|수정|최종수정|송고시간|업데이트|등록)[ :]{0,2}\d{4}[-.]\d{2}[-.]\d{2}\.?"
        r"(?: ?(?:오전|오후)? ?\d{1,2}:\d{2}(?::\d{2})?)?"
        r"(?: ?(?:\|| ) ?(?:수정|최종수정|업데이트)[ :]{0,2}\d{4}[-.]\d{2}[-.]\d{2}\.?(?: ?(?:오전|오후)? ?\d{1,2}:\d{2})?)?",
        "기사입력 2024.03.04 10:20",
        "입력된 자료를 분석한 결과 2024년 상반기 수출이 크게 늘었다.",
    ),
    line(
        "copyright_ko", L,
        r"<?(?:저작권자 ?)?(?:\([cC]\)|ⓒ|©)[^\n]{0,80}?무단 ?전재[^\n]{0,80}>?|[^\n]{0,40}?무단 ?전재 ?(?:및|-) ?재배포 ?금지[^\n]{0,60}(?<!다\.)",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        "그는 무단으로 자료를 유출한 혐의로 재판에 넘겨졌다.",
        zone="tail",
    ),
    line(
        "share_ko", L,
        r"(?:공유하기|공유|기사 공유|페이스북|트위터|카카오톡|카카오스토리|네이버밴드|링크복사|URL 복사|인쇄|스크랩)"
        r"(?: ?[|·,]? ?(?:공유하기|페이스북|트위터|카카오톡|카카오스토리|네이버밴드|링크복사|URL 복사|인쇄|스크랩)){0,8}",
        "페이스북 트위터 카카오톡 링크복사",
        "공유 경제 플랫폼의 성장세가 둔화되고 있다는 분석이 나왔다.",
    ),
    line(
        "photo_credit_ko", L,
        r"\[(?:연합뉴스|뉴시스|뉴스1)? ?(?:자료사진|사진|그래픽)[^\[\]\n]{0,30}\]|[(]?사진=[^\n]{1,30}?[)]?",
        "[연합뉴스 자료사진]",
        "사진 전시회는 다음 달까지 서울시립미술관에서 열린다.",
    ),
    # 광고, 동영상 플레이어와 삽입 콘텐츠, 댓글 수, 구독과 쿠키 버튼.
    line(
        "widgets_ko", L,
        r"\[?광고\]?|AD|스폰서|후원 콘텐츠|다음 영상|동영상 재생|영상 보기|재생 시간 ?\d{1,2}:\d{2}|외부 콘텐츠|댓글 \d{1,5}개|댓글(?: 보기| 쓰기)?"
        r"|뉴스레터 (?:신청|구독)(?:하기)?|구독하기|동의(?:하기)?|거부",
        "뉴스레터 신청하기",
        "회사는 새 광고가 소비자 불만으로 방송이 중단됐다고 밝혔다.",
    ),
    # 뉴스레터, 유료 회원, 쿠키 안내 문장.
    line(
        "prompts_ko", L,
        r"매일 (?:아침|저녁) 주요 뉴스를 이메일로 받아보세요\.?|이 기사는 유료 회원 전용입니다\.?|로그인 후 이용 가능합니다\.?|이 사이트는 쿠키를 사용합니다\.?",
        "이 기사는 유료 회원 전용입니다.",
        "유료 회원 수는 지난해보다 20% 늘었다고 회사는 밝혔다.",
    ),
    # 기사 수정·정정 안내.
    line(
        "update_ko", L,
        r"※ ?[^\n]{1,80}(?:수정했습니다|바로잡습니다|업데이트됐습니다|추가했습니다)\.?|※ ?바로잡습니다: [^\n]{1,80}",
        "※ 기사 내용 일부를 수정했습니다.",
        "회사 측은 기사 내용 일부가 사실과 다르다고 밝혔다.",
    ),
    # 사진 설명과 출처: "[연합뉴스 자료사진]", "[AP=연합뉴스]", "/ 사진=연합뉴스".
    line(
        "caption_ko", L,
        r"[가-힣][^\n\[\]]{0,59} (?:\[[^\[\]\n]{0,30}(?:제공|연합뉴스|자료사진|DB 금지)[^\[\]\n]{0,20}\]"
        r"|/ ?사진=[^\n]{1,20})",
        "항구 전경 [AP=연합뉴스]",
        "회사는 항구 전경 사진을 공개하지 않았다고 밝혔다.",
    ),
)
