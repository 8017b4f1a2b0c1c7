/**
 * The standard sentences of the Ban Thanh tra nhân dân election documents as DATA (one wording book,
 * editable by the unit like the plan's and the script's): D10 Tờ trình, D11 Thể lệ bầu cử, D12 Phiếu
 * bầu, D13 Biên bản kiểm phiếu, D16 Quyết định công nhận kết quả bầu, D17 Biên bản họp Ban Thanh tra
 * nhân dân lần thứ nhất. The jobs pick the sentences that apply to the election as configured (ballot
 * style, validity rules, winning base, rounds) and fill their `{name}` placeholders with fillWording;
 * a placeholder without a value prints "…", the blank the officer fills in by hand.
 *
 * Every figure, name and date is computed by the jobs (from the tally of electionTally.ts for D13);
 * no sentence here computes anything. Legal wording follows Luật 10/2022/QH15 Điều 60–63 and Nghị
 * định 59/2023/NĐ-CP Điều 21; the election procedure (secret ballot, striking names, invalid ballots,
 * ties) is practice and analogy (domain-research §3.6–3.9) and is printed as the unit configured it.
 */

/** Every placeholder the jobs fill, with what it holds — for the wording editor. */
export const ELECTION_PLACEHOLDERS = {
  unitName: 'Tên cơ quan, đơn vị',
  unionName: 'Tên công đoàn cơ sở',
  unionAbbreviation: 'Chữ viết tắt tên công đoàn (CĐCS) theo thông tin đơn vị',
  unionExecutive: 'Ban Chấp hành công đoàn cơ sở (Ban Chấp hành Công đoàn cơ sở …)',
  conferenceName: 'Tên hội nghị (Hội nghị cán bộ, công chức, viên chức, người lao động năm …)',
  term: 'Nhiệm kỳ của Ban (nhiệm kỳ 2026–2028)',
  conferenceDate: 'Ngày hội nghị bằng chữ (ngày 15 tháng 01 năm 2026)',
  venue: 'Địa điểm hội nghị',
  seats: 'Số thành viên cần bầu, có chữ (05 (năm))',
  seatsFigure: 'Số thành viên cần bầu (05)',
  seatsMin: 'Số thành viên tối thiểu theo quy định',
  seatsMax: 'Số thành viên tối đa theo quy định',
  seatsSource: 'Căn cứ số thành viên',
  specialNote: 'Lý do có trên 9 thành viên (đơn vị đặc thù, phân tán)',
  deputiesRule: 'Số Phó Trưởng ban theo quy định',
  deputiesSource: 'Căn cứ số Phó Trưởng ban',
  candidateCount: 'Số người trong danh sách bầu, có chữ',
  eligibleCount: 'Số người đủ tiêu chuẩn',
  consentCount: 'Số người đã đồng ý ứng cử',
  eligibilitySource: 'Căn cứ tiêu chuẩn thành viên (Điều 60.2)',
  boardCount: 'Số thành viên Ban kiểm phiếu, có chữ',
  boardList: 'Thành viên Ban kiểm phiếu: họ tên – nhiệm vụ',
  witnessList: 'Người chứng kiến kiểm phiếu',
  passText: 'Tỷ lệ phải vượt (quá một nửa)',
  winningSource: 'Căn cứ nguyên tắc trúng cử',
  present: 'Số người có mặt tại hội nghị',
  votesNeeded: 'Số phiếu tối thiểu để trúng cử',
  minMembers: 'Số thành viên tối thiểu để thành lập Ban',
  round: 'Lần bầu (thứ nhất, thứ hai …)',
  startTime: 'Giờ bắt đầu (08 giờ 30)',
  endTime: 'Giờ kết thúc (10 giờ 15)',
  summoned: 'Số người được triệu tập',
  presentPercent: 'Tỷ lệ có mặt so với số người được triệu tập',
  issued: 'Số phiếu phát ra',
  collected: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
  invalidDetail: 'Chi tiết phiếu không hợp lệ theo lý do',
  baseText: 'Cơ sở tính tỷ lệ (số người có mặt / số phiếu hợp lệ)',
  names: 'Họ tên những người bằng phiếu',
  votes: 'Số phiếu',
  seatsLeft: 'Số thành viên còn phải bầu',
  shortfall: 'Số thành viên còn thiếu',
  note: 'Ghi chú của Đoàn Chủ tịch',
  memberCount: 'Số thành viên được công nhận, có chữ',
  dateText: 'Ngày họp bằng chữ',
  place: 'Địa điểm họp',
  chair: 'Chủ trì (chủ tọa): họ tên',
  secretary: 'Thư ký: họ tên',
  decisionNumber: 'Số Quyết định công nhận kết quả bầu (số 05/QĐ-CĐCS)',
  headRef: 'Trưởng ban: Ông/Bà họ tên',
  deputyRefs: 'Phó Trưởng ban: Ông/Bà họ tên',
  serial: 'Số thứ tự của phiếu',
} as const;
export type ElectionPlaceholder = keyof typeof ELECTION_PLACEHOLDERS;
export type ElectionWordingValues = Partial<Record<ElectionPlaceholder, string | number>>;

export const ELECTION_WORDING = {
  // ---------------------------------------------------------------------------------------------
  // D10 — Tờ trình of the union executive (Luật 10/2022/QH15 Điều 60.1, 63.2.a).
  submissionType: 'TỜ TRÌNH',
  submissionSummary:
    'Về số lượng thành viên và danh sách người được giới thiệu bầu Ban Thanh tra nhân dân {term}',
  submissionAddressee: 'Kính gửi: {conferenceName}.',
  submissionIntro:
    'Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022 và Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở, {unionExecutive} kính trình Hội nghị số lượng thành viên và danh sách người được giới thiệu bầu Ban Thanh tra nhân dân {unitName} {term} như sau:',
  submissionSeatsTitle: 'Số lượng thành viên',
  submissionSeats:
    'Ban Thanh tra nhân dân {term} gồm {seats} thành viên; theo quy định, Ban có từ {seatsMin} đến {seatsMax} thành viên ({seatsSource}).',
  submissionSeatsOdd: 'Số thành viên là số lẻ ({seatsSource}).',
  submissionSeatsSpecial:
    'Đơn vị có tính chất đặc thù hoặc làm việc phân tán ({specialNote}); Ban Chấp hành Công đoàn đã thống nhất với Thủ trưởng đơn vị đề xuất số lượng trên {seatsMax} thành viên để Hội nghị quyết định (Luật 10/2022/QH15 Điều 60.1; Nghị định 59/2023/NĐ-CP Điều 21.2).',
  submissionStructureTitle: 'Cơ cấu',
  submissionStructure:
    'Ban Thanh tra nhân dân có Trưởng ban, Phó Trưởng ban và các ủy viên. Trưởng ban, Phó Trưởng ban do Ban Thanh tra nhân dân bầu tại cuộc họp lần thứ nhất do Ban Chấp hành Công đoàn triệu tập, không do Hội nghị bầu (Luật 10/2022/QH15 Điều 60.4, 63.2.a).',
  submissionDeputies: 'Số Phó Trưởng ban: {deputiesRule} ({deputiesSource}).',
  submissionCandidatesTitle: 'Danh sách người được giới thiệu',
  submissionCandidatesIntro:
    '{unionExecutive} giới thiệu {candidateCount} người để Hội nghị bầu {seats} thành viên (xếp theo thứ tự tên):',
  submissionColumns: [
    'STT',
    'Họ và tên',
    'Chức vụ',
    'Đơn vị công tác',
    'Tiêu chuẩn',
    'Đồng ý ứng cử',
  ],
  eligibleText: 'Đủ',
  consentText: 'Đã đồng ý',
  noConsentText: 'Chưa',
  floorNominationNote:
    'Người có dấu (*) do hội nghị giới thiệu hoặc tự ứng cử, được Hội nghị đồng ý đưa vào danh sách.',
  submissionEligibilityTitle: 'Tiêu chuẩn và sự đồng ý của người được giới thiệu',
  submissionEligibility:
    'Người được giới thiệu đang công tác tại {unitName}; có phẩm chất đạo đức tốt, có uy tín, có sức khỏe, có hiểu biết về chính sách, pháp luật và tự nguyện tham gia Ban Thanh tra nhân dân; không phải là thủ trưởng, cấp phó của thủ trưởng, kế toán trưởng của đơn vị ({eligibilitySource}).',
  submissionReview:
    'Ban Chấp hành Công đoàn đã rà soát: {eligibleCount}/{candidateCount} người đủ tiêu chuẩn; {consentCount}/{candidateCount} người đã đồng ý ứng cử.',
  submissionClosing: '{unionExecutive} kính trình Hội nghị xem xét, biểu quyết thông qua./.',
  submissionRecipients: ['Như trên', 'Đoàn Chủ tịch hội nghị'],
  archive: 'VT, {unionAbbreviation}',

  // ---------------------------------------------------------------------------------------------
  // D11 — Thể lệ bầu cử, read out and adopted before the vote (practice; domain-research §3.6–3.8).
  rulesType: 'THỂ LỆ',
  rulesSummary: 'Bầu cử Ban Thanh tra nhân dân {term}',
  rulesIntro:
    'Thể lệ này quy định việc bầu thành viên Ban Thanh tra nhân dân {unitName} {term} tại {conferenceName}.',
  rulesArticleTitles: {
    seats: 'Số lượng và danh sách bầu',
    method: 'Hình thức bầu',
    board: 'Ban kiểm phiếu',
    marking: 'Cách ghi phiếu',
    validity: 'Phiếu hợp lệ và phiếu không hợp lệ',
    winning: 'Nguyên tắc trúng cử',
    ties: 'Trường hợp bằng phiếu hoặc không đủ số lượng',
    counting: 'Kiểm phiếu và công bố kết quả',
  },
  rulesSeats:
    'Hội nghị bầu {seats} thành viên Ban Thanh tra nhân dân trong danh sách {candidateCount} người đã được Hội nghị thông qua.',
  rulesMethod:
    'Bầu bằng hình thức bỏ phiếu kín. Phiếu bầu do Ban kiểm phiếu phát ra, in sẵn danh sách người được giới thiệu theo thứ tự tên và có dấu của {unionName}.',
  rulesMethodSerial: 'Mỗi phiếu bầu có số thứ tự in sẵn.',
  rulesBoard:
    'Ban kiểm phiếu gồm {boardCount} người do Hội nghị biểu quyết thông qua: {boardList}. Người có tên trong danh sách bầu không tham gia Ban kiểm phiếu.',
  rulesWitnesses: 'Người chứng kiến kiểm phiếu: {witnessList}.',
  rulesBoardDuties:
    'Ban kiểm phiếu phổ biến thể lệ và cách ghi phiếu, phát phiếu, thu phiếu, kiểm phiếu và lập biên bản kiểm phiếu; Trưởng ban kiểm phiếu công bố kết quả trước Hội nghị.',
  rulesMarkingStrikeOut:
    'Đồng ý bầu người nào thì giữ nguyên họ và tên người đó; không đồng ý bầu người nào thì gạch ngang giữa cả họ và tên người đó. Mỗi phiếu giữ lại không quá {seatsFigure} người.',
  rulesMarkingStrikeOutNote:
    'Chỉ gạch họ, tên đệm hoặc gạch dưới tên (không gạch ngang giữa cả họ và tên) thì không được tính là đã gạch.',
  rulesMarkingApprove:
    'Đồng ý bầu người nào thì đánh dấu (X) vào ô “Đồng ý”, không đồng ý thì đánh dấu (X) vào ô “Không đồng ý” ở dòng của người đó. Mỗi phiếu đồng ý không quá {seatsFigure} người.',
  rulesInvalidIntro: 'Phiếu không hợp lệ là:',
  rulesInvalid: {
    notIssued: 'Phiếu không theo mẫu do Ban kiểm phiếu phát ra',
    noStamp: 'Phiếu không có dấu của Công đoàn',
    overVoteStrikeOut: 'Phiếu giữ lại nhiều hơn {seatsFigure} người',
    overVoteApprove: 'Phiếu đồng ý nhiều hơn {seatsFigure} người',
    allStruck: 'Phiếu gạch hết tên những người trong danh sách',
    allRejected: 'Phiếu không đồng ý tất cả những người trong danh sách',
    addedNames: 'Phiếu ghi thêm tên người ngoài danh sách',
    marked: 'Phiếu có ký tên, ký hiệu hoặc viết thêm nội dung khác',
  },
  rulesValid: 'Phiếu bầu ít hơn số lượng cần bầu là phiếu hợp lệ.',
  rulesOverVoteValid:
    'Theo quyết định của Hội nghị, phiếu bầu nhiều hơn {seatsFigure} người không bị coi là phiếu không hợp lệ.',
  rulesAllStruckValid:
    'Theo quyết định của Hội nghị, phiếu không bầu người nào là phiếu hợp lệ, không tính phiếu bầu cho ai.',
  rulesWinningPresent:
    'Người trúng cử phải có số phiếu bầu {passText} tổng số người có mặt tại Hội nghị ({winningSource}).',
  rulesWinningValid:
    'Theo quyết định của Hội nghị, người trúng cử phải có số phiếu bầu {passText} tổng số phiếu hợp lệ (khác với cách tính trên tổng số người có mặt tại Hội nghị theo {winningSource}).',
  rulesVotesNeeded:
    'Hội nghị có {present} người có mặt: người trúng cử phải có ít nhất {votesNeeded} phiếu bầu.',
  rulesRanking:
    'Trường hợp số người có số phiếu bầu đạt yêu cầu nhiều hơn số lượng cần bầu thì lấy người có số phiếu cao hơn, theo thứ tự từ cao xuống thấp.',
  rulesTie:
    'Trường hợp có nhiều người bằng phiếu nhau ở vị trí cuối cùng của số lượng cần bầu thì Đoàn Chủ tịch xin ý kiến Hội nghị bầu lại trong số những người bằng phiếu.',
  rulesShortfall:
    'Trường hợp số người trúng cử ít hơn số lượng cần bầu thì Đoàn Chủ tịch xin ý kiến Hội nghị bầu tiếp trong số những người còn lại hoặc chấp nhận số thành viên đã trúng cử, nhưng Ban Thanh tra nhân dân không ít hơn {minMembers} thành viên.',
  rulesCountingBallots:
    'Ban kiểm phiếu kiểm phiếu ngay sau khi kết thúc bỏ phiếu, có người chứng kiến. Từng phiếu được hai tổ của Ban kiểm phiếu ghi nhận độc lập và đối chiếu với nhau; phiếu hai tổ ghi nhận khác nhau được xem lại trên phiếu giấy.',
  rulesCountingTotals:
    'Ban kiểm phiếu kiểm phiếu ngay sau khi kết thúc bỏ phiếu, có người chứng kiến, và đối chiếu các tổng số trước khi lập biên bản.',
  rulesAnnounce:
    'Kết quả kiểm phiếu được ghi vào biên bản có chữ ký của các thành viên Ban kiểm phiếu và người chứng kiến; tỷ lệ phiếu bầu tính đến hai chữ số thập phân, ghi rõ cơ sở tính. Trưởng ban kiểm phiếu công bố kết quả trước Hội nghị.',
  rulesClosing: 'Thể lệ này được Hội nghị biểu quyết thông qua trước khi bỏ phiếu./.',
  rulesRecipients: ['Đoàn Chủ tịch hội nghị', 'Ban kiểm phiếu'],

  // ---------------------------------------------------------------------------------------------
  // D12 — Phiếu bầu (practice: heading, term, number to elect, names in order, instruction, stamp).
  ballotTitle: 'PHIẾU BẦU THÀNH VIÊN BAN THANH TRA NHÂN DÂN',
  ballotTerm: '{term}',
  ballotConference: '{conferenceName}',
  ballotSeats: '(Bầu {seatsFigure} người)',
  ballotRound: 'Bầu lần thứ {round}',
  ballotInstructionStrikeOut:
    'Đồng ý bầu người nào thì giữ nguyên họ và tên; không đồng ý bầu người nào thì gạch ngang giữa cả họ và tên người đó. Giữ lại không quá {seatsFigure} người.',
  ballotInstructionApprove:
    'Đánh dấu (X) vào ô “Đồng ý” hoặc ô “Không đồng ý” ở dòng của từng người. Đồng ý không quá {seatsFigure} người.',
  ballotColumnsStrikeOut: ['STT', 'Họ và tên', 'Chức vụ, đơn vị'],
  ballotColumnsApprove: ['STT', 'Họ và tên', 'Đồng ý', 'Không đồng ý'],
  ballotStamp: '(Dấu của Công đoàn)',
  ballotSerial: 'Số: {serial}',

  // ---------------------------------------------------------------------------------------------
  // D13 — Biên bản kiểm phiếu (NĐ 30/2020 Mẫu 1.9; content by analogy with NĐ 59/2023 Mẫu 02).
  minutesType: 'BIÊN BẢN',
  minutesSummary: 'Kiểm phiếu bầu thành viên Ban Thanh tra nhân dân {term}',
  minutesRoundSummary: '(Lần bầu thứ {round})',
  minutesOpening:
    'Hôm nay, {conferenceDate}, tại {venue}, Ban kiểm phiếu {conferenceName} tiến hành kiểm phiếu bầu thành viên Ban Thanh tra nhân dân {unitName} {term}.',
  minutesStart: 'Thời gian bắt đầu kiểm phiếu: {startTime}.',
  minutesBoardTitle: 'THÀNH PHẦN BAN KIỂM PHIẾU',
  minutesBoardHead: 'Trưởng ban',
  minutesBoardMember: 'Thành viên',
  minutesWitnessesLead: 'Người chứng kiến kiểm phiếu:',
  minutesFiguresTitle: 'KẾT QUẢ KIỂM PHIẾU',
  minutesSeats:
    'Số lượng thành viên cần bầu: {seatsFigure} người; số người trong danh sách bầu: {candidateCount} người.',
  minutesAttendance:
    'Tổng số người được triệu tập: {summoned} người; số người có mặt: {present} người ({presentPercent} so với tổng số người được triệu tập).',
  minutesBallots: 'Số phiếu phát ra: {issued} phiếu; số phiếu thu vào: {collected} phiếu.',
  minutesValidity:
    'Số phiếu hợp lệ: {valid} phiếu; số phiếu không hợp lệ: {invalid} phiếu{invalidDetail}.',
  minutesBasePresent: 'tổng số người có mặt tại Hội nghị',
  minutesBaseValid: 'tổng số phiếu hợp lệ',
  minutesBase:
    'Tỷ lệ phiếu bầu của mỗi người được tính trên {baseText}; người trúng cử phải có số phiếu bầu {passText} {baseText}, tức ít nhất {votesNeeded} phiếu.',
  minutesVotesLead: 'Số phiếu bầu cho từng người (xếp theo số phiếu từ cao xuống thấp):',
  minutesColumns: ['Thứ tự', 'Họ và tên', 'Số phiếu bầu', 'Tỷ lệ', 'Kết quả'],
  electedText: 'Trúng cử',
  notElectedText: '',
  tiedText: 'Bằng phiếu',
  minutesElectedLead:
    'Căn cứ kết quả kiểm phiếu, những người sau đây trúng cử thành viên Ban Thanh tra nhân dân {term} (xếp theo số phiếu từ cao xuống thấp):',
  minutesNoneElected: 'Lần bầu này không có người trúng cử.',
  minutesTie:
    '{names} có số phiếu bằng nhau ({votes} phiếu) ở vị trí cuối cùng, nhiều hơn số thành viên còn phải bầu ({seatsLeft}): những người này chưa trúng cử ở lần bầu này.',
  minutesShortfall: 'Số người trúng cử ít hơn số lượng cần bầu {shortfall} người.',
  minutesDecisions: {
    revoteTied:
      'Đoàn Chủ tịch đã xin ý kiến Hội nghị và Hội nghị quyết định bầu lại trong số những người bằng phiếu.',
    nextRound:
      'Đoàn Chủ tịch đã xin ý kiến Hội nghị và Hội nghị quyết định bầu tiếp trong số những người còn lại.',
    acceptFewer: 'Hội nghị quyết định chấp nhận số thành viên đã trúng cử.',
  },
  minutesDecisionPending: 'Đoàn Chủ tịch xin ý kiến Hội nghị về cách giải quyết.',
  minutesComplaints: 'Ý kiến, khiếu nại về việc kiểm phiếu: không.',
  minutesClosing:
    'Việc kiểm phiếu kết thúc vào hồi {endTime} cùng ngày. Biên bản được lập thành 03 bản có giá trị như nhau, một bản lưu cùng Quyết định công nhận kết quả bầu./.',
  minutesSignatureHead: 'TRƯỞNG BAN KIỂM PHIẾU',
  minutesSignatureMember: 'THÀNH VIÊN',
  minutesSignatureWitness: 'NGƯỜI CHỨNG KIẾN',
  annexType: 'PHỤ LỤC',
  annexSummary: 'Danh sách phiếu bầu đã kiểm (kèm theo Biên bản kiểm phiếu, lần bầu thứ {round})',
  annexIntroStrikeOut:
    'Các phiếu dưới đây là các phiếu hai tổ của Ban kiểm phiếu ghi nhận giống nhau hoặc đã được đối chiếu với phiếu giấy; cột “Gạch tên” ghi số thứ tự trên phiếu của những người bị gạch.',
  annexIntroApprove:
    'Các phiếu dưới đây là các phiếu hai tổ của Ban kiểm phiếu ghi nhận giống nhau hoặc đã được đối chiếu với phiếu giấy; cột “Đồng ý” ghi số thứ tự trên phiếu của những người được đồng ý.',
  annexColumnsStrikeOut: ['Phiếu số', 'Gạch tên', 'Kết quả'],
  annexColumnsApprove: ['Phiếu số', 'Đồng ý', 'Kết quả'],
  annexValid: 'Hợp lệ',
  annexInvalid: 'Không hợp lệ',
  annexNone: 'không',
  annexSettledLead: 'Phiếu hai tổ ghi nhận khác nhau, đã đối chiếu với phiếu giấy:',
  annexTotalsMode:
    'Lần bầu này Ban kiểm phiếu kiểm theo tổng số, không ghi nhận từng phiếu: không có danh sách từng phiếu.',
  invalidReasons: {
    overVote: 'quá số lượng cần bầu',
    allStruck: 'không bầu người nào',
    notIssued: 'không phải phiếu do Ban kiểm phiếu phát ra',
    noStamp: 'không có dấu của Công đoàn',
    addedNames: 'ghi thêm tên người ngoài danh sách',
    marked: 'có ký hiệu, chữ viết riêng',
    other: 'lý do khác',
  },
  minutesRecipients: ['Đoàn Chủ tịch hội nghị', 'Ban Chấp hành Công đoàn'],
  minutesArchive: 'VT, Hồ sơ',

  // ---------------------------------------------------------------------------------------------
  // D16 — Quyết định công nhận kết quả bầu (QĐ 933/QĐ-TLĐ Mẫu 1.3; NĐ 59/2023 Điều 21.1).
  decisionType: 'QUYẾT ĐỊNH',
  decisionSummary: 'Về việc công nhận kết quả bầu thành viên Ban Thanh tra nhân dân {term}',
  decisionBases: [
    'Căn cứ Điều lệ Công đoàn Việt Nam',
    'Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022',
    'Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở',
    'Căn cứ Biên bản kiểm phiếu bầu thành viên Ban Thanh tra nhân dân tại {conferenceName} {conferenceDate}',
  ],
  decisionVerb: 'QUYẾT ĐỊNH:',
  decisionArticle1:
    'Công nhận kết quả bầu thành viên Ban Thanh tra nhân dân {unitName} {term} gồm {memberCount} ông/bà có tên sau:',
  decisionArticle2:
    'Ban Thanh tra nhân dân có nhiệm vụ, quyền hạn theo quy định tại Điều 61 Luật Thực hiện dân chủ ở cơ sở; hoạt động theo chương trình công tác đã được Hội nghị thông qua, dưới sự chỉ đạo của {unionExecutive}. Ban Chấp hành Công đoàn triệu tập cuộc họp lần thứ nhất của Ban Thanh tra nhân dân để bầu Trưởng ban, Phó Trưởng ban và phân công nhiệm vụ.',
  decisionArticle3:
    'Quyết định này có hiệu lực kể từ ngày ký. {unionExecutive}, Ban Thanh tra nhân dân và các ông/bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
  decisionRecipients: [
    'Như Điều 3',
    'Công đoàn cấp trên (để báo cáo)',
    'Thủ trưởng đơn vị (để phối hợp)',
  ],

  // ---------------------------------------------------------------------------------------------
  // D17 — Biên bản họp Ban Thanh tra nhân dân lần thứ nhất (Điều 63.2.a; NĐ 30/2020 Mẫu 1.9).
  meetingType: 'BIÊN BẢN',
  meetingSummary: 'Họp Ban Thanh tra nhân dân lần thứ nhất, {term}',
  meetingTime: 'Thời gian bắt đầu: {startTime}, {dateText}.',
  meetingPlace: 'Địa điểm: {place}.',
  meetingAttendance:
    'Thành phần tham dự: các thành viên Ban Thanh tra nhân dân {term} ({memberCount} thành viên) và đại diện {unionExecutive}.',
  meetingChair: 'Chủ trì (chủ tọa): {chair}.',
  meetingSecretary: 'Thư ký (người ghi biên bản): {secretary}.',
  meetingContentTitle: 'NỘI DUNG',
  meetingAnnounce:
    '{chair} công bố Quyết định {decisionNumber} của {unionExecutive} công nhận kết quả bầu thành viên Ban Thanh tra nhân dân {term}.',
  meetingHead:
    'Ban Thanh tra nhân dân thống nhất bầu {headRef} giữ chức Trưởng ban Thanh tra nhân dân.',
  meetingDeputies:
    'Ban Thanh tra nhân dân thống nhất bầu {deputyRefs} giữ chức Phó Trưởng ban Thanh tra nhân dân.',
  meetingNoDeputy: 'Ban Thanh tra nhân dân không bầu Phó Trưởng ban.',
  meetingTasksLead: 'Phân công nhiệm vụ:',
  meetingDefaultTasks: [
    'Trưởng ban: phụ trách chung, điều hành hoạt động của Ban; xây dựng chương trình công tác quý, 6 tháng, năm; báo cáo Ban Chấp hành Công đoàn.',
    'Phó Trưởng ban: giúp Trưởng ban theo dõi, đôn đốc các lĩnh vực được phân công; điều hành khi Trưởng ban vắng mặt.',
    'Các ủy viên: thực hiện nhiệm vụ kiểm tra, giám sát theo sự phân công của Trưởng ban.',
  ],
  meetingClosing:
    'Cuộc họp kết thúc vào hồi {endTime} cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp nghe và nhất trí thông qua./.',
  meetingRecipients: ['Ban Chấp hành Công đoàn', 'Các thành viên Ban Thanh tra nhân dân'],
};
export type ElectionWording = typeof ELECTION_WORDING;

/** Names of the entries for the wording editor. */
export const ELECTION_WORDING_LABELS: Record<keyof ElectionWording, string> = {
  submissionType: 'D10: tên loại văn bản',
  submissionSummary: 'D10: trích yếu',
  submissionAddressee: 'D10: kính gửi',
  submissionIntro: 'D10: câu mở đầu (căn cứ)',
  submissionSeatsTitle: 'D10: tiêu đề mục số lượng',
  submissionSeats: 'D10: số lượng thành viên',
  submissionSeatsOdd: 'D10: số lẻ (ngành Giáo dục)',
  submissionSeatsSpecial: 'D10: trên 9 thành viên',
  submissionStructureTitle: 'D10: tiêu đề mục cơ cấu',
  submissionStructure: 'D10: cơ cấu',
  submissionDeputies: 'D10: số Phó Trưởng ban',
  submissionCandidatesTitle: 'D10: tiêu đề mục danh sách',
  submissionCandidatesIntro: 'D10: câu dẫn danh sách',
  submissionColumns: 'D10: tiêu đề các cột của danh sách',
  eligibleText: 'D10: ô “đủ tiêu chuẩn”',
  consentText: 'D10: ô “đã đồng ý”',
  noConsentText: 'D10: ô “chưa đồng ý”',
  floorNominationNote: 'D10: ghi chú người do hội nghị giới thiệu',
  submissionEligibilityTitle: 'D10: tiêu đề mục tiêu chuẩn',
  submissionEligibility: 'D10: tiêu chuẩn',
  submissionReview: 'D10: kết quả rà soát',
  submissionClosing: 'D10: câu kết',
  submissionRecipients: 'D10: nơi nhận',
  archive: 'D10, D11, D16: lưu',
  rulesType: 'D11: tên loại văn bản',
  rulesSummary: 'D11: trích yếu',
  rulesIntro: 'D11: câu mở đầu',
  rulesArticleTitles: 'D11: tên các điều',
  rulesSeats: 'D11: số lượng bầu',
  rulesMethod: 'D11: hình thức bầu',
  rulesMethodSerial: 'D11: phiếu có số thứ tự',
  rulesBoard: 'D11: Ban kiểm phiếu',
  rulesWitnesses: 'D11: người chứng kiến',
  rulesBoardDuties: 'D11: nhiệm vụ Ban kiểm phiếu',
  rulesMarkingStrikeOut: 'D11: cách ghi phiếu (gạch tên)',
  rulesMarkingStrikeOutNote: 'D11: gạch không đúng cách',
  rulesMarkingApprove: 'D11: cách ghi phiếu (Đồng ý / Không đồng ý)',
  rulesInvalidIntro: 'D11: câu dẫn phiếu không hợp lệ',
  rulesInvalid: 'D11: các trường hợp phiếu không hợp lệ',
  rulesValid: 'D11: phiếu bầu ít hơn số lượng',
  rulesOverVoteValid: 'D11: phiếu bầu quá số lượng vẫn hợp lệ',
  rulesAllStruckValid: 'D11: phiếu không bầu ai vẫn hợp lệ',
  rulesWinningPresent: 'D11: trúng cử (trên số người có mặt)',
  rulesWinningValid: 'D11: trúng cử (trên số phiếu hợp lệ)',
  rulesVotesNeeded: 'D11: số phiếu cần đạt',
  rulesRanking: 'D11: lấy theo thứ tự số phiếu',
  rulesTie: 'D11: bằng phiếu',
  rulesShortfall: 'D11: không đủ số lượng',
  rulesCountingBallots: 'D11: kiểm phiếu từng phiếu (hai tổ)',
  rulesCountingTotals: 'D11: kiểm phiếu theo tổng số',
  rulesAnnounce: 'D11: công bố kết quả',
  rulesClosing: 'D11: câu kết',
  rulesRecipients: 'D11: nơi nhận',
  ballotTitle: 'D12: tiêu đề phiếu',
  ballotTerm: 'D12: nhiệm kỳ',
  ballotConference: 'D12: tên hội nghị',
  ballotSeats: 'D12: số lượng cần bầu',
  ballotRound: 'D12: lần bầu (từ lần thứ hai)',
  ballotInstructionStrikeOut: 'D12: hướng dẫn (gạch tên)',
  ballotInstructionApprove: 'D12: hướng dẫn (Đồng ý / Không đồng ý)',
  ballotColumnsStrikeOut: 'D12: các cột (gạch tên)',
  ballotColumnsApprove: 'D12: các cột (Đồng ý / Không đồng ý)',
  ballotStamp: 'D12: chỗ đóng dấu',
  ballotSerial: 'D12: số phiếu',
  minutesType: 'D13: tên loại văn bản',
  minutesSummary: 'D13: trích yếu',
  minutesRoundSummary: 'D13: lần bầu (từ lần thứ hai)',
  minutesOpening: 'D13: câu mở đầu',
  minutesStart: 'D13: giờ bắt đầu',
  minutesBoardTitle: 'D13: tiêu đề thành phần',
  minutesBoardHead: 'D13: Trưởng ban kiểm phiếu',
  minutesBoardMember: 'D13: thành viên Ban kiểm phiếu',
  minutesWitnessesLead: 'D13: người chứng kiến',
  minutesFiguresTitle: 'D13: tiêu đề kết quả',
  minutesSeats: 'D13: số lượng cần bầu',
  minutesAttendance: 'D13: số người có mặt',
  minutesBallots: 'D13: số phiếu phát ra, thu vào',
  minutesValidity: 'D13: phiếu hợp lệ, không hợp lệ',
  minutesBasePresent: 'D13: cơ sở tính — người có mặt',
  minutesBaseValid: 'D13: cơ sở tính — phiếu hợp lệ',
  minutesBase: 'D13: cơ sở tính tỷ lệ và số phiếu cần đạt',
  minutesVotesLead: 'D13: câu dẫn bảng số phiếu',
  minutesColumns: 'D13: các cột của bảng số phiếu',
  electedText: 'D13: ô “trúng cử”',
  notElectedText: 'D13: ô “không trúng cử”',
  tiedText: 'D13: ô “bằng phiếu”',
  minutesElectedLead: 'D13: câu dẫn danh sách trúng cử',
  minutesNoneElected: 'D13: không có người trúng cử',
  minutesTie: 'D13: bằng phiếu ở vị trí cuối',
  minutesShortfall: 'D13: thiếu số lượng',
  minutesDecisions: 'D13: quyết định của Hội nghị',
  minutesDecisionPending: 'D13: chờ quyết định',
  minutesComplaints: 'D13: ý kiến, khiếu nại',
  minutesClosing: 'D13: câu kết',
  minutesSignatureHead: 'D13: chữ ký Trưởng ban',
  minutesSignatureMember: 'D13: chữ ký thành viên',
  minutesSignatureWitness: 'D13: chữ ký người chứng kiến',
  annexType: 'D13: tên phụ lục',
  annexSummary: 'D13: trích yếu phụ lục',
  annexIntroStrikeOut: 'D13: câu dẫn phụ lục (gạch tên)',
  annexIntroApprove: 'D13: câu dẫn phụ lục (Đồng ý)',
  annexColumnsStrikeOut: 'D13: các cột phụ lục (gạch tên)',
  annexColumnsApprove: 'D13: các cột phụ lục (Đồng ý)',
  annexValid: 'D13: phiếu hợp lệ',
  annexInvalid: 'D13: phiếu không hợp lệ',
  annexNone: 'D13: không gạch / không đồng ý ai',
  annexSettledLead: 'D13: câu dẫn phiếu đã đối chiếu',
  annexTotalsMode: 'D13: kiểm theo tổng số',
  invalidReasons: 'D13: lý do phiếu không hợp lệ',
  minutesRecipients: 'D13: nơi nhận',
  minutesArchive: 'D13, D17: lưu',
  decisionType: 'D16: tên loại văn bản',
  decisionSummary: 'D16: trích yếu',
  decisionBases: 'D16: căn cứ',
  decisionVerb: 'D16: “QUYẾT ĐỊNH:”',
  decisionArticle1: 'D16: Điều 1',
  decisionArticle2: 'D16: Điều 2',
  decisionArticle3: 'D16: Điều 3',
  decisionRecipients: 'D16: nơi nhận',
  meetingType: 'D17: tên loại văn bản',
  meetingSummary: 'D17: trích yếu',
  meetingTime: 'D17: thời gian',
  meetingPlace: 'D17: địa điểm',
  meetingAttendance: 'D17: thành phần',
  meetingChair: 'D17: chủ trì',
  meetingSecretary: 'D17: thư ký',
  meetingContentTitle: 'D17: tiêu đề nội dung',
  meetingAnnounce: 'D17: công bố quyết định',
  meetingHead: 'D17: bầu Trưởng ban',
  meetingDeputies: 'D17: bầu Phó Trưởng ban',
  meetingNoDeputy: 'D17: không bầu Phó Trưởng ban',
  meetingTasksLead: 'D17: câu dẫn phân công',
  meetingDefaultTasks: 'D17: phân công nhiệm vụ (mặc định)',
  meetingClosing: 'D17: câu kết',
  meetingRecipients: 'D17: nơi nhận',
};
