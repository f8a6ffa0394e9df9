import { describe, expect, it } from 'vitest';
import { consoleOfFrame } from '../../../lib/capture/console-of-frame';

describe('consoleOfFrame', () => {
  it.each([
    ['生意参谋 opened on its own', 'https://sycm.taobao.com/qos/service/frame/performance/detail/new', 'sycm.taobao.com', 'sycm'],
    ['生意参谋 framed by 千牛: the user is in 千牛', 'https://myseller.taobao.com/', 'sycm.taobao.com', 'qianniu'],
    ['a third-party app (a user site) framed by 千牛', 'https://myseller.taobao.com/home.htm', 'app.leida.example.cn', 'qianniu'],
    ['a console framed by a user site: the frame says which console', 'https://leida.example.cn/', 'sycm.taobao.com', 'sycm'],
    ['a user site on its own', 'https://leida.example.cn/kefu', 'leida.example.cn', 'custom'],
    ['no readable top URL (about:blank): the frame host', 'about:blank', 'mms.pinduoduo.com', 'pinduoduo'],
    ['抖店 飞鸽', 'https://im.jinritemai.com/pc_seller_v2/main/data/customerService/index', 'im.jinritemai.com', 'doudian'],
  ])('%s', (_name, pageUrl, hostname, expected) => {
    expect(consoleOfFrame({ pageUrl, hostname })).toBe(expected);
  });
});
