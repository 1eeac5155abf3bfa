// Labels of the dashboard: Chinese first (the users' language), English on the toggle.
window.I18N = {
  zh: {
    title: '老旧小区改造工作看板', user: '用户', liveHint: '实时更新状态',
    live: '实时', reconnecting: '重新连接中', offline: '未连接',
    kpiCompounds: '纳入改造小区', kpiStarted: '已开工', kpiCompleted: '已竣工', kpiHouseholds: '惠及居民（户）',
    kpiAllocated: '下达资金', kpiDisbursed: '已拨付', kpiSpending: '支出进度',
    progressByUnit: '各单位改造进度与目标', unit: '单位', compounds: '小区数', started: '已开工', completed: '已竣工',
    target: '年度目标（开工）', households: '户数', allocated: '下达资金', disbursed: '已拨付', spending: '支出进度',
    pipeline: '各阶段项目数', moneyBySource: '资金来源构成', spendingBySource: '分来源下达与拨付',
    ranking: '月度考核排名', rank: '名次', score: '得分', grade: '等次', noAssessment: '本月考核尚未发布',
    lagging: '工作落后单位及督办措施', noLagging: '暂无落后单位', openMeasures: '未办结督办事项', dueBy: '限期', proposedMeasure: '拟采取措施',
    compoundList: '小区清单', code: '编号', name: '小区名称', builtYear: '建成年代', floorArea: '建筑面积（㎡）',
    stage: '所处阶段', projectFunding: '项目资金', timeline: '项目时间轴', auditTrail: '资金审计轨迹',
    when: '时间', entryType: '类型', source: '来源', amount: '金额（元）', rule: '依据', actor: '经办',
    correlation: '业务流水号', policy: '政策版本', updated: '更新于', county: '全县', streetOffice: '街道',
    spent: '已支出', available: '待拨付', clawedBack: '已追回', milestones: '拨付节点', status: '状态',
    registeredAt: '入库时间', registeredBy: '登记人', monthOf: '考核月份', yuan: '元', wan: '万元',
    noToken: '请选择用户以获取访问令牌', loadFailed: '数据加载失败',
    stages: {
      SURVEYED: '摸底入库', WISHES_SURVEYED: '意愿调查', APPLIED: '居民申请', SCHEME_SUBMITTED: '方案编制',
      NOTICE_PUBLISHED: '方案公示', SCHEME_APPROVED: '方案审定', PLANNED: '纳入年度计划', IN_PREPARATION: '前期准备',
      UNDER_CONSTRUCTION: '施工中', COMPLETED: '竣工验收', SETTLED: '结算审计', HANDED_OVER: '移交',
      UNDER_LONG_TERM_MANAGEMENT: '长效管理'
    },
    sources: {
      CENTRAL_SUBSIDY: '中央补助', PROVINCIAL_SUBSIDY: '省级补助', LOCAL_BUDGET: '本级财政', SPECIAL_BONDS: '专项债',
      POLICY_BANK_LOAN: '政策性银行贷款', RESIDENT_CONTRIBUTION: '居民出资', MAINTENANCE_FUND: '维修资金',
      PROVIDENT_FUND: '公积金提取', COMPOUND_PUBLIC_REVENUE: '小区公共收益', UTILITY_COMPANY: '管线单位',
      ORIGINAL_PROPERTY_OWNER: '原产权单位', SOCIAL_CAPITAL: '社会资本'
    },
    entries: { ALLOCATION: '资金下达', DISBURSEMENT: '拨付', EXPENDITURE: '支出', CLAWBACK: '追回', FINDING: '审计发现', MILESTONE: '拨付节点' },
    grades: { EXCELLENT: '优秀', GOOD: '良好', PASS: '合格', FAIL: '不合格' },
    measures: { SELF_CRITICISM: '会上作检讨', ADMONISHMENT_TALK: '约谈', CIRCULAR_OF_CRITICISM: '通报批评', ACCOUNTABILITY: '问责', POINT_DEDUCTION: '扣减绩效分', RECTIFICATION_ORDER: '限期整改' },
    events: {
      CompoundRegistered: '摸底入库', WishesSurveyRecorded: '意愿调查', ApplicationSubmitted: '居民申请',
      SelfGovernanceFormed: '成立自治组织', SchemeSubmitted: '提交初步方案', NoticePublished: '方案公示',
      ConsentCountClosed: '业主表决结束', SchemeApproved: '方案审定', MilestoneReached: '节点',
      ProgressReported: '进度报告', ComplaintRecorded: '投诉', LongTermManagementSetUp: '长效管理',
      ElevatorConsentOpened: '加装电梯表决', ElevatorConsentClosed: '加装电梯表决结束'
    }
  },
  en: {
    title: 'Compound renovation dashboard', user: 'User', liveHint: 'Live update status',
    live: 'live', reconnecting: 'reconnecting', offline: 'offline',
    kpiCompounds: 'Compounds in programme', kpiStarted: 'Started', kpiCompleted: 'Completed', kpiHouseholds: 'Households',
    kpiAllocated: 'Allocated', kpiDisbursed: 'Disbursed', kpiSpending: 'Spending progress',
    progressByUnit: 'Progress by unit against targets', unit: 'Unit', compounds: 'Compounds', started: 'Started',
    completed: 'Completed', target: 'Target (starts)', households: 'Households', allocated: 'Allocated',
    disbursed: 'Disbursed', spending: 'Spending', pipeline: 'Projects by stage', moneyBySource: 'Money by source',
    spendingBySource: 'Allocated and disbursed by source', ranking: 'Monthly ranking', rank: 'Rank', score: 'Score',
    grade: 'Grade', noAssessment: 'No assessment published yet', lagging: 'Lagging units and their measures',
    noLagging: 'No lagging units', openMeasures: 'open case', dueBy: 'due', proposedMeasure: 'proposed measure',
    compoundList: 'Compounds', code: 'Code', name: 'Name', builtYear: 'Built', floorArea: 'Floor area (m²)',
    stage: 'Stage', projectFunding: 'Project funding', timeline: 'Timeline', auditTrail: 'Funding audit trail',
    when: 'When', entryType: 'Type', source: 'Source', amount: 'Amount (yuan)', rule: 'Rule', actor: 'By',
    correlation: 'Correlation id', policy: 'Policy', updated: 'Updated', county: 'County', streetOffice: 'Street office',
    spent: 'Spent', available: 'To disburse', clawedBack: 'Clawed back', milestones: 'Milestones', status: 'Status',
    registeredAt: 'Registered', registeredBy: 'Registered by', monthOf: 'Month', yuan: 'yuan', wan: '10k yuan',
    noToken: 'Pick a user to get a token', loadFailed: 'Loading failed',
    stages: {
      SURVEYED: 'Surveyed', WISHES_SURVEYED: 'Wishes surveyed', APPLIED: 'Applied', SCHEME_SUBMITTED: 'Scheme submitted',
      NOTICE_PUBLISHED: 'Notice published', SCHEME_APPROVED: 'Scheme approved', PLANNED: 'Planned',
      IN_PREPARATION: 'In preparation', UNDER_CONSTRUCTION: 'Under construction', COMPLETED: 'Completed',
      SETTLED: 'Settled', HANDED_OVER: 'Handed over', UNDER_LONG_TERM_MANAGEMENT: 'Long-term management'
    },
    sources: {
      CENTRAL_SUBSIDY: 'Central subsidy', PROVINCIAL_SUBSIDY: 'Provincial subsidy', LOCAL_BUDGET: 'Local budget',
      SPECIAL_BONDS: 'Special bonds', POLICY_BANK_LOAN: 'Policy-bank loan', RESIDENT_CONTRIBUTION: 'Residents',
      MAINTENANCE_FUND: 'Maintenance fund', PROVIDENT_FUND: 'Provident fund', COMPOUND_PUBLIC_REVENUE: 'Public revenue',
      UTILITY_COMPANY: 'Utility companies', ORIGINAL_PROPERTY_OWNER: 'Original owner', SOCIAL_CAPITAL: 'Social capital'
    },
    entries: { ALLOCATION: 'Allocation', DISBURSEMENT: 'Disbursement', EXPENDITURE: 'Expenditure', CLAWBACK: 'Clawback', FINDING: 'Audit finding', MILESTONE: 'Milestone' },
    grades: { EXCELLENT: 'Excellent', GOOD: 'Good', PASS: 'Pass', FAIL: 'Fail' },
    measures: { SELF_CRITICISM: 'Self-criticism', ADMONISHMENT_TALK: 'Admonishment talk', CIRCULAR_OF_CRITICISM: 'Circular of criticism', ACCOUNTABILITY: 'Accountability', POINT_DEDUCTION: 'Point deduction', RECTIFICATION_ORDER: 'Rectification order' },
    events: {}
  }
};
