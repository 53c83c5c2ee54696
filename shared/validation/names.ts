/**
 * Company-name normalisation for the duplicate check (查重). Two names with the same key are "similar":
 * full-width/half-width, case, spaces and punctuation do not matter, nor do the legal-form suffixes
 * (有限公司 / 有限责任公司 / 股份有限公司 …) or a leading province / city prefix.
 */
const SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '集团股份有限公司',
  '有限公司',
  '集团公司',
  '分公司',
  '总公司',
  '公司',
  '集团',
  '商行',
  '经营部',
  '工作室',
  '厂',
  'coltd',
  'limited',
  'ltd',
  'inc',
  'corp',
  'co',
].sort((a, b) => b.length - a.length);

// Provinces, municipalities and large cities often written without 省 / 市.
const PLACES = [
  '北京',
  '上海',
  '天津',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '深圳',
  '广州',
  '杭州',
  '南京',
  '苏州',
  '无锡',
  '宁波',
  '厦门',
  '青岛',
  '济南',
  '武汉',
  '长沙',
  '成都',
  '西安',
  '郑州',
  '合肥',
  '福州',
  '东莞',
  '佛山',
  '珠海',
  '昆明',
  '沈阳',
  '大连',
  '哈尔滨',
  '长春',
  '石家庄',
  '太原',
  '南昌',
  '南宁',
  '贵阳',
  '兰州',
  '温州',
  '常州',
  '泉州',
  '中山',
].sort((a, b) => b.length - a.length);

// A leading administrative prefix: 广东省 / 深圳市 / 南山区 / 内蒙古自治区 …, possibly repeated.
const ADMIN_PREFIX = /^(?:[\u4e00-\u9fa5]{2,7}?(?:省|自治区|特别行政区|市|自治州|地区|盟|区|县)){1,3}/;

export function companyNameKey(name: string): string {
  let s = name.normalize('NFKC').toLowerCase();
  // Brackets hold the branch or city: 华为技术有限公司(深圳) is 华为技术有限公司.
  s = s.replace(/[(（[【][^)）\]】]*[)）\]】]/g, '');
  s = s.replace(/[\s\p{P}\p{S}]+/gu, '');
  let changed = true;
  while (changed) {
    changed = false;
    for (const suf of SUFFIXES) {
      if (s.length > suf.length + 1 && s.endsWith(suf)) {
        s = s.slice(0, -suf.length);
        changed = true;
        break;
      }
    }
  }
  const m = ADMIN_PREFIX.exec(s);
  if (m && s.length - m[0].length >= 2) s = s.slice(m[0].length);
  for (const p of PLACES) {
    if (s.startsWith(p) && s.length - p.length >= 2) {
      s = s.slice(p.length);
      break;
    }
  }
  return s;
}

/** Cleans what a user typed for storage: trims and collapses whitespace (ideographic space included). */
export function cleanName(name: string): string {
  return name.replace(/[\s\u3000]+/g, ' ').trim();
}
