/**
 * Concrete advice per metric, in the words a 淘宝客服主管 would use, with matching English. Shown under
 * the weakest metric (side panel, popup, overlay). Each entry: zh and en have the same items in the same
 * order. Metrics without their own advice get GENERAL.
 */
export interface MetricHints {
  zh: string[];
  en: string[];
}

type HintPairs = readonly (readonly [zh: string, en: string])[];

const SPEED: HintPairs = [
  ['把常见问题（尺码、发货时间、包邮、优惠）做成快捷短语，一键发送', 'Turn common questions (sizes, shipping time, free delivery, discounts) into quick-reply phrases sent in one click'],
  ['高峰时段（上午10点、晚上8–10点）减少并发接待数，忙不过来及时申请分流', 'Take fewer parallel chats at peak hours (10 am, 8–10 pm) and ask for overflow routing when swamped'],
  ['开启自动回复接住排队顾客，同时设置分流规则，忙时把新顾客分给空闲同事', 'Turn on auto-replies for queued customers and set routing rules so new customers go to free colleagues when you are busy'],
];

/** Answers a hard question at once and buys time, so the response clock stops. */
const HOLD_ON = ['复杂问题先回一句“稍等，马上为您查询”，再去核实', 'For a complex question, first send "one moment, checking for you", then look it up'] as const;

const HINTS: Readonly<Record<string, HintPairs>> = {
  first_response_time: [
    ['新会话先人工回一句问候或“在的，马上为您查”，再去查资料（自动回复不算人工首响）', 'Answer each new chat by hand first, even just "I\'m here, checking for you", then look things up (auto-replies do not count as a first response)'],
    SPEED[0]!,
    ['新消息开启声音和弹窗提醒，离开座位前挂起或转接', 'Turn on sound and pop-up alerts for new messages; set yourself busy or transfer chats before leaving your desk'],
  ],
  avg_response_time: [
    SPEED[0]!,
    SPEED[1]!,
    SPEED[2]!,
    ['整理商品卖点和售后话术库，减少现查资料的时间', 'Keep a library of selling points and after-sales answers so you do not have to look things up mid-chat'],
  ],
  reply_rate: [
    ['每天下班前检查未回复会话，逐条补回', 'Before signing off each day, go through unreplied chats and answer every one'],
    ['离开座位时设置挂起或转接同事，不让消息晾着', 'Set yourself away or transfer to a colleague when you leave, so no message sits unanswered'],
    ['顾客只发“在吗”、表情或链接也要回复，这些同样计入回复率', 'Reply even to a bare "在吗" (are you there?), a sticker or a product link: they count towards the reply rate too'],
  ],
  response_rate_3min: [
    ['高峰时段控制并发接待数，超出时及时分流给空闲同事', 'Cap parallel chats at peak hours and route the overflow to colleagues who are free'],
    SPEED[0]!,
    ['打开千牛新消息提醒，排队的顾客优先接入', 'Turn on Qianniu new-message alerts and pick up queued customers first'],
  ],
  response_rate_30s: [
    ['新会话先用快捷短语人工回一句“您好，在的”，再详细解答', 'Open each new chat by hand with a quick phrase such as "Hello, I\'m here", then answer in full'],
    ['咚咚工作台保持在前台，开启声音提醒', 'Keep the Dongdong workbench in front and turn on sound alerts'],
    SPEED[1]!,
  ],
  unreplied_count: [
    ['每天收工前把未回复会话逐条过一遍补回', 'Before finishing each day, go through the unreplied chats one by one and answer them'],
    ['离开座位前挂起或转接，避免消息无人处理', 'Set yourself away or transfer chats before leaving so nothing goes unhandled'],
    ['机器人接待转人工的会话要及时接手', 'Pick up chats the chatbot hands over to a person straight away'],
  ],
  slow_response_count: [
    SPEED[1]!,
    SPEED[0]!,
    HOLD_ON,
  ],
  slow_response_rate: [
    SPEED[1]!,
    SPEED[0]!,
    HOLD_ON,
  ],
  effective_reception_rate: [
    ['顾客问完一句别只答一句，多问一步了解需求，把对话聊起来', 'Do not stop at one answer: ask one more question about what the customer needs and keep the conversation going'],
    ['对“在吗”“有货吗”这类开场，主动介绍商品和当前活动', 'When a customer opens with "在吗" (are you there?) or "in stock?", introduce the product and the current promotion'],
    ['顾客沉默后隔几分钟再跟进一次', 'Follow up once more a few minutes after a customer goes quiet'],
  ],
  online_duration: [
    ['按排班准时上线，交接班时不要出现空档', 'Log in on time as scheduled and leave no gap at shift handover'],
    ['离开座位用挂起，不要直接下线', 'Set yourself away when you step out instead of logging off'],
    ['用千牛电脑版挂机时注意网络和电脑休眠设置，避免掉线', 'Check the network and sleep settings of the computer running Qianniu so you are not disconnected'],
  ],
  inquiry_conversion_rate: [
    ['下单未付款的顾客及时催付，说明库存和优惠截止时间', 'Follow up unpaid orders promptly, mentioning stock levels and when the discount ends'],
    ['主动询问用途、尺码、预算，推荐合适的款式', 'Ask about use, size and budget, and recommend the item that fits'],
    ['推荐搭配商品和店铺优惠券，打消顾客犹豫', 'Recommend matching items and shop coupons to help a hesitant customer decide'],
    ['聊完没下单的顾客隔天回访一次', 'Check back the next day with customers who chatted but did not order'],
  ],
  same_day_conversion_rate: [
    ['当天咨询当天催付，说明今天下单的发货时间', 'Follow up the same day, telling customers when an order placed today ships'],
    ['用限时优惠、库存紧张等理由促成当天下单', 'Use time-limited offers and low stock to help customers order today'],
    ['主动询问需求，推荐最合适的一款，减少顾客比较', 'Ask what the customer needs and recommend the one best item, so they spend less time comparing'],
  ],
  next_day_conversion_rate: [
    ['前一天咨询未下单的顾客第二天主动回访', 'Contact customers who asked yesterday but did not order'],
    ['下单未付款的订单及时催付', 'Follow up unpaid orders promptly'],
    ['回访时附上优惠券或搭配推荐', 'Include a coupon or a matching item when you follow up'],
  ],
  order_to_paid_rate: [
    ['下单未付款的订单30分钟内催付一次', 'Send a payment reminder within 30 minutes of an unpaid order'],
    ['问清没付款的原因（运费、优惠、尺码），当场解决', 'Ask why the order is unpaid (shipping cost, discount, size) and solve it on the spot'],
    ['提醒优惠和库存的截止时间', 'Remind customers when the discount ends and how much stock is left'],
  ],
  sales_amount: [
    ['主动推荐搭配商品和套餐，提高每单金额', 'Recommend matching items and bundles to raise each order'],
    ['下单未付款的订单及时催付', 'Follow up unpaid orders promptly'],
    ['熟悉当前活动规则，引导顾客凑单满减', 'Know the current promotion rules and guide customers to reach the spend-and-save threshold'],
  ],
  net_sales_amount: [
    ['推荐前确认尺码、颜色和用途，减少退货退款', 'Confirm size, colour and use before recommending, to avoid returns and refunds'],
    ['主动推荐搭配商品，提高每单金额', 'Recommend matching items to raise each order'],
    ['如实介绍商品，不夸大效果', 'Describe products honestly, without overstating them'],
  ],
  sales_volume: [
    ['推荐搭配和多件优惠，引导顾客多买一件', 'Recommend matching items and multi-buy offers so customers add one more item'],
    ['下单未付款的订单及时催付', 'Follow up unpaid orders promptly'],
    ['主动询问是否需要送人或家人一起用，推荐多件', 'Ask whether the item is also for family or a gift, and suggest more than one'],
  ],
  avg_order_value: [
    ['推荐搭配商品和套餐，比如上衣配裤子、主机配配件', 'Recommend matching items and bundles, such as a top with trousers or a device with accessories'],
    ['引导顾客凑单满减、用店铺优惠券', 'Guide customers to reach the spend-and-save threshold and use shop coupons'],
    ['在预算内优先推荐品质更好的款', 'Within the budget, recommend the better-quality option first'],
  ],
  fulfilled_avg_order_value: [
    ['推荐搭配商品前先确认顾客需求，避免买了又退', 'Confirm the need before recommending add-ons, so they are not returned'],
    ['引导凑单满减，同时说明尺码和材质，减少退款', 'Guide customers to spend-and-save offers while explaining size and material, to avoid refunds'],
    ['在预算内优先推荐品质更好的款', 'Within the budget, recommend the better-quality option first'],
  ],
  positive_review_rate: [
    ['发货后和签收后主动关怀，提醒使用方法和注意事项', 'Check in after shipping and after delivery, with how-to tips and care instructions'],
    ['收货有问题的顾客优先处理，先解决问题再谈评价', 'Handle customers with delivery problems first: solve the problem before talking about reviews'],
    ['服务结束时礼貌邀请顾客给好评', 'At the end of a chat, politely invite the customer to leave a good review'],
  ],
  negative_review_count: [
    ['顾客表达不满时第一时间安抚并给出解决方案', 'When a customer complains, calm things down right away and offer a solution'],
    ['物流延误、破损主动联系顾客说明并补偿', 'Contact customers first about late or damaged deliveries, explain and compensate'],
    ['每周复盘中差评原因，反馈给商品和仓库', 'Review the reasons behind neutral and negative reviews weekly and pass them to the product and warehouse teams'],
  ],
  review_changed_count: [
    ['出现中差评24小时内联系顾客，了解原因', 'Contact the customer within 24 hours of a neutral or negative review to learn why'],
    ['先解决问题（换货、补发、部分退款），再礼貌请顾客修改评价', 'Solve the problem first (exchange, resend, partial refund), then politely ask the customer to revise the review'],
    ['记录改评话术和补偿方式，团队共享', 'Record the wording and compensation that worked and share them with the team'],
  ],
  return_rate: [
    ['售前确认尺码、颜色和用途，减少买错退货', 'Confirm size, colour and use before purchase so fewer wrong items are returned'],
    ['顾客申请退货时先问原因，能换货或补偿的先协商', 'When a customer asks to return, ask why first and offer an exchange or compensation where it helps'],
    ['统计退货原因，反馈给商品和仓库改进描述和质检', 'Track return reasons and pass them on to improve descriptions and quality checks'],
  ],
  refund_rate: [
    ['顾客申请退款时先了解原因，能解决的问题先解决', 'When a customer asks for a refund, find out why and fix what can be fixed first'],
    ['催促发货慢的订单，主动告知物流进度', 'Chase slow shipments and tell customers where their parcel is'],
    ['如实介绍商品，不夸大效果，减少货不对板', 'Describe products honestly so the item matches what customers expect'],
  ],
  satisfaction_rate: [
    ['称呼礼貌、语气热情，多用“亲”“好的呢”，少用生硬短句', 'Be warm and polite (address customers as 亲, “of course!”) and avoid curt one-word replies'],
    ['一次把问题说清楚，不让顾客反复追问', 'Answer fully the first time so customers do not have to ask again'],
    ['会话结束前确认顾客问题已解决，再发满意度邀评', 'Before closing, check the problem is solved, then send the satisfaction survey'],
  ],
  dissatisfaction_rate: [
    ['翻看被评“不满意”的会话，找出最常见的原因（回复慢、答非所问、推诿），逐条改进话术', 'Read the chats rated "dissatisfied", find the most common cause (slow replies, off-topic answers, passing the buck) and fix those answers first'],
    ['顾客情绪激动时先安抚、再给出明确的处理方案和时间', 'When a customer is upset, calm them first, then give a clear solution and a time for it'],
    ['解决不了的问题及时转给能处理的同事或主管，不让顾客反复等待', 'Hand problems you cannot solve to a colleague or manager who can, instead of leaving the customer waiting'],
  ],
  service_score: [
    ['对照平台客服服务分的扣分项（响应慢、未回复、不满意），先补最低的一项', 'Check which parts of the platform service score cost points (slow replies, unanswered chats, dissatisfied ratings) and fix the lowest first'],
    ['高峰时段控制并发接待数，保证3分钟内人工回复', 'Cap parallel chats at peak hours so every customer gets a human reply within 3 minutes'],
    ['每天下班前检查未回复和差评会话，逐条跟进', 'Before signing off, go through unanswered and badly rated chats and follow up on each'],
  ],
};

const GENERAL: HintPairs = [
  ['对照标准每天看一次自己的数据，找出差距最大的一项', 'Compare your numbers with the standard every day and pick the largest gap'],
  ['向这项做得最好的同事请教方法和话术', 'Ask the colleague who does best on this metric for their methods and phrasing'],
  ['与主管沟通可能的原因，定一个本周的小目标', 'Talk through the likely causes with your manager and set a small goal for this week'],
];

/** 2–4 pieces of advice for a metric in both languages (the same count, same order); GENERAL otherwise. */
export function metricHints(metric: string): MetricHints {
  const pairs = HINTS[metric] ?? GENERAL;
  return { zh: pairs.map((p) => p[0]), en: pairs.map((p) => p[1]) };
}

/** True when the metric has its own advice, not the general fallback. */
export function hasOwnHints(metric: string): boolean {
  return Object.hasOwn(HINTS, metric);
}
