package org.whosaid.web;
final class Placeholder {}
